package org.borderwatch.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void aNewlineInAFileNameCannotStartAForgedLine() {
        assertEquals("report.txt\\n2026-01-01 ERROR forged line.txt",
                LogSafe.of("report.txt\n2026-01-01 ERROR forged line.txt"));
        assertEquals("a\\r\\tb\\u001B[31mred\\u0000", LogSafe.of("a\r\tb\u001B[31mred\u0000"));
        assertEquals("line\\u2028sep\\u2029para\\u0085next", LogSafe.of("line\u2028sep\u2029para\u0085next"));
        assertEquals("evil\\u202Etxt.exe", LogSafe.of("evil\u202Etxt.exe"), "a bidi override cannot hide the extension");
    }

    @Test
    void theEscapeIsUnambiguousAndOrdinaryNamesAreUntouched() {
        assertEquals("back\\\\slash\\\\n", LogSafe.of("back\\slash\\n"), "a literal backslash-n is not a newline");
        String plain = "Граница – 国境 – Սահման 🚧 👩‍👩‍👧.txt";
        assertSame(plain, LogSafe.of(plain));
        assertEquals("null", LogSafe.of(null));
    }
}
