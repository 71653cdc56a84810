package org.borderwatch.extract.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.borderwatch.contract.Extractor;
import org.borderwatch.engine.BorderwatchAnalyzer;
import org.junit.jupiter.api.Test;

class AnalyzerProducerTest {

    @Test
    void withoutAConfiguredVersionTheEngineRunsAsItsOwn() {
        Extractor own = new Extractor(BorderwatchAnalyzer.NAME, BorderwatchAnalyzer.VERSION);
        assertEquals(own, AnalyzerProducer.create(Optional.empty()).extractor());
        assertEquals(own, AnalyzerProducer.create(Optional.of("  ")).extractor());
    }

    @Test
    void aConfiguredVersionIsWhatTheAnalysesCarry() {
        assertEquals(new Extractor(BorderwatchAnalyzer.NAME, "9.9.9-test"),
                AnalyzerProducer.create(Optional.of(" 9.9.9-test ")).extractor());
    }
}
