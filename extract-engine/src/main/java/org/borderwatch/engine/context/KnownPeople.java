package org.borderwatch.engine.context;

import java.util.HashMap;
import java.util.Map;
import org.borderwatch.contract.EventRecord.Claimant;

/**
 * The people an article has named, by normalized last name ({@link Speakers#key}), with the state or organization
 * their title gave them ("CSTO Secretary General Stanislav Zas" -> CSTO), so a later bare "Zas said" speaks for it.
 */
public final class KnownPeople {

    private final Map<String, Claimant> byKey = new HashMap<>();

    public Claimant get(String key) {
        return byKey.get(key);
    }

    public boolean knows(String key) {
        return byKey.containsKey(key);
    }

    public void put(String key, Claimant person) {
        byKey.put(key, person);
    }
}
