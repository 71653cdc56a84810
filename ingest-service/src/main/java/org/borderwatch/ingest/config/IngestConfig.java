package org.borderwatch.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Everything under {@code borderwatch.*} that ingest-service reads; defaults here are valid in every profile. */
@ConfigMapping(prefix = "borderwatch")
public interface IngestConfig {

    Inbox inbox();

    Http http();

    Publish publish();

    interface Inbox {
        /** The watched folder; accepted files go to {@code .done/}, rejected ones to {@code .rejected/} inside it. */
        @WithDefault("./inbox")
        Path dir();

        /** Switch the watcher off (HTTP only). */
        @WithDefault("true")
        boolean enabled();

        /** Larger files are rejected from their size alone, without being read. */
        @WithDefault("5M")
        MemorySize maxFileSize();

        /**
         * A file is complete, and read, only when it (inode, size and mtime) did not change for this long. Longer
         * than the pauses of a slow writer: 0.5 s took files from writers pausing between appends half-way.
         */
        @WithDefault("PT2S")
        Duration quietTime();

        /** How often the watcher looks again while files are waiting to become stable. */
        @WithDefault("PT0.25S")
        Duration pollInterval();

        /** Full rescan even without a watch event: the safety net for missed or overflowed events. */
        @WithDefault("PT10S")
        Duration rescanInterval();

        /** A file left in the inbox because the broker was down is tried again after this long. */
        @WithDefault("PT10S")
        Duration retryInterval();

        /** Progress of a long scan is logged this often. */
        @WithDefault("PT5S")
        Duration progressLogInterval();

        /** A scan that finds at least this many complete files is reported as a batch with progress and ETA. */
        @WithDefault("20")
        int progressThreshold();

        /**
         * Files read, built and published at once. Each waits for its own acknowledgement before its file moves,
         * so this bounds the records in flight; one at a time left the pipeline waiting on one round trip per
         * article (98 articles/s in the benchmark at N = 10k).
         */
        @WithDefault("32")
        int workers();
    }

    interface Http {
        /** Larger request bodies are answered with 413. */
        @WithDefault("5M")
        MemorySize maxBodySize();

        /**
         * Bodies of {@code POST /articles} received at once; one more is answered 503 with Retry-After. A slow
         * upload holds a connection and the bytes it sent, not a thread, so this can be well above the workers.
         */
        @WithDefault("256")
        int maxConcurrentUploads();

        /** Bytes of request bodies held in memory at once (received or being ingested); beyond: 503. */
        @WithDefault("64M")
        MemorySize uploadBufferLimit();

        /** A body not received in full this long after its headers is answered 408 and its connection closed. */
        @WithDefault("PT60S")
        Duration bodyTimeout();
    }

    interface Publish {
        /** ce_source of every record this service writes. */
        @WithDefault("/borderwatch/ingest-service")
        String ceSource();

        /** How long one publish may wait for the broker's acknowledgement before the input is kept for later. */
        @WithDefault("PT15S")
        Duration timeout();
    }
}
