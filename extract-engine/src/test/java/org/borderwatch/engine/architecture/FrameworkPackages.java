package org.borderwatch.engine.architecture;

/** Packages of the frameworks and the broker client the plain-Java parts of the project must not use. */
final class FrameworkPackages {

    static final String[] ALL = {"io.quarkus..", "jakarta..", "javax.inject..", "javax.enterprise..", "javax.ws.rs..",
        "io.smallrye..", "org.eclipse.microprofile..", "io.vertx..", "org.apache.kafka..", "org.jboss.."};

    private FrameworkPackages() {
    }
}
