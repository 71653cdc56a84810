package org.borderwatch.engine.gazetteer;

/** How a country was referred to in the text. */
public enum CountryMentionType {
    /** The country's name, short name or a historical/alternative name ("Armenia", "Kyrgyzstan", "Kirghizia"). */
    NAME,
    /** A demonym or adjective ("Azerbaijani", "Kyrgyz"). */
    DEMONYM,
    /** The capital (or another seat) used as a metonym for the state ("Baku", "Moscow"). */
    CAPITAL,
    /** Internal: a phrase with a country word that names no state ("Indian Ocean"); never reported. */
    IGNORE
}
