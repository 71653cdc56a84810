package org.borderwatch.query.incident;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The incident domain (grouping, pictures, the read model) is plain Java: the REST, messaging and config packages
 * adapt it to Quarkus and Kafka, so it can be tested and reused without either.
 */
class IncidentDomainArchitectureTest {

    @Test
    void theIncidentDomainUsesNoFrameworkOrBrokerType() {
        JavaClasses incident = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.borderwatch.query.incident");
        assertTrue(incident.contain("org.borderwatch.query.incident.IncidentGrouper"), "the domain was imported");
        noClasses().that().resideInAPackage("org.borderwatch.query.incident..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.inject..",
                        "javax.enterprise..", "javax.ws.rs..", "io.smallrye..", "org.eclipse.microprofile..",
                        "io.vertx..", "org.apache.kafka..", "org.jboss..")
                .because("the incident domain stays plain Java (DEVELOPING.md)")
                .check(incident);
    }
}
