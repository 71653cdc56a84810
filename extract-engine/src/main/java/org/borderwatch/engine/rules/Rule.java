package org.borderwatch.engine.rules;

import org.borderwatch.engine.context.ReadingState;
import org.borderwatch.engine.context.SentenceView;

/**
 * One family of events: finds its triggers in a sentence and adds its records. A rule holds only precompiled
 * patterns (thread-safe); what the article told before the sentence is in {@link ReadingState}.
 */
public interface Rule {

    void apply(SentenceView sentence, ReadingState reading, Records records);
}
