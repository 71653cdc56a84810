package org.borderwatch.extract.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** {@code borderwatch.admin.token}: set in %dev and %test, deliberately without a default in %prod. */
@ApplicationScoped
public class AdminTokenProducer {
    private static final Logger LOG = Logger.getLogger(AdminTokenProducer.class);

    @Produces
    @Singleton
    AdminToken adminToken(@ConfigProperty(name = "borderwatch.admin.token") Optional<String> token) {
        AdminToken adminToken = AdminToken.of(token);
        if (!adminToken.enabled()) {
            LOG.warn("borderwatch.admin.token is not set: POST/GET /admin/replay answer 503");
        }
        return adminToken;
    }

    /** Resolves the token at startup, so that a missing one is reported then and not at the first request. */
    void checkAtStartup(@Observes StartupEvent startup, AdminToken adminToken) {
        LOG.debugf("admin endpoints: %s", adminToken);
    }
}
