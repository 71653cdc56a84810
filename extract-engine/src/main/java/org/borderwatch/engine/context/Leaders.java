package org.borderwatch.engine.context;

import java.util.Map;
import java.util.Set;
import org.borderwatch.engine.text.ReferenceTable;

/**
 * Well-known leaders by normalized surname and the state they speak for: only a fallback for a bare name whose title
 * (if any) named no state. The table is {@code /reference/leaders.tsv}.
 */
public final class Leaders {

    private final Map<String, String> countryBySurname;

    Leaders(Map<String, String> countryBySurname) {
        this.countryBySurname = Map.copyOf(countryBySurname);
    }

    public static Leaders load() {
        return new Leaders(ReferenceTable.load("leaders.tsv", 2).asMap());
    }

    /** The state of the leader with this normalized surname, or null. */
    public String countryOf(String surnameKey) {
        return countryBySurname.get(surnameKey);
    }

    public Set<String> surnames() {
        return countryBySurname.keySet();
    }
}
