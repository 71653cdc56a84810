package org.borderwatch.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's shape: plain Java (no framework or broker type), and layers that point one way. Text, gazetteer and
 * time at the bottom; then the per-article context; then the rules and the record builder; then the analyzer
 * (the root package) that runs them. Nothing imports upward, so a rule cannot reach into the analyzer and the
 * context cannot reach into a rule.
 */
class EngineArchitectureTest {

    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.borderwatch.engine");
        // the import found the engine's main classes, not an empty set that every rule would pass
        assertTrue(engine.contain("org.borderwatch.engine.BorderwatchAnalyzer"));
        assertTrue(engine.contain("org.borderwatch.engine.rules.CasualtiesRule"));
        assertTrue(engine.contain("org.borderwatch.engine.context.Speakers"));
    }

    @Test
    void theEngineUsesNoFrameworkOrBrokerType() {
        noClasses().that().resideInAPackage("org.borderwatch.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(FrameworkPackages.ALL)
                .because("the engine is plain Java: extract-service wraps it, replay and the benchmark run it bare")
                .check(engine);
    }

    @Test
    void layersPointDownwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("analyzer").definedBy("org.borderwatch.engine")
                .layer("rules").definedBy("org.borderwatch.engine.rules..")
                .layer("context").definedBy("org.borderwatch.engine.context..")
                .layer("time").definedBy("org.borderwatch.engine.time..")
                .layer("gazetteer").definedBy("org.borderwatch.engine.gazetteer..")
                .layer("text").definedBy("org.borderwatch.engine.text..")
                .whereLayer("analyzer").mayNotBeAccessedByAnyLayer()
                .whereLayer("rules").mayOnlyBeAccessedByLayers("analyzer")
                .whereLayer("context").mayOnlyBeAccessedByLayers("rules", "analyzer")
                .whereLayer("time").mayOnlyBeAccessedByLayers("context", "rules", "analyzer")
                .whereLayer("gazetteer").mayOnlyBeAccessedByLayers("context", "rules", "analyzer")
                .whereLayer("text").mayOnlyBeAccessedByLayers("time", "gazetteer", "context", "rules", "analyzer")
                .check(engine);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.borderwatch.engine.(*)..").should().beFreeOfCycles().check(engine);
    }
}
