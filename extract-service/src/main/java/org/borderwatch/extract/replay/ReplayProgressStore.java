package org.borderwatch.extract.replay;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The replay's progress in a small JSON file, so that a replay killed midway leaves a trace: the file says
 * {@code running} with the last done/total, and the next start of the service reads it and reports the replay as
 * {@code interrupted} ({@link ReplayProgress#interrupted}) instead of {@code idle}, done 0. Written at the start, at
 * most once per {@code borderwatch.replay.progress-save-interval} while running, and at the end; each write
 * replaces the file atomically (temporary file, then rename), so a kill never leaves half a file.
 *
 * <p>A file, not a topic: the progress belongs to this instance's replay, and a Kafka topic would be one more
 * contract topic for a few hundred bytes. A missing, unreadable or unwritable file only costs the trace (logged).
 */
public final class ReplayProgressStore {
    private static final Logger LOG = Logger.getLogger(ReplayProgressStore.class);

    private final Path file;
    private final ObjectMapper mapper;

    public ReplayProgressStore(Path file, ObjectMapper mapper) {
        this.file = file;
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public Path file() {
        return file;
    }

    /** The last saved status, if there is a readable one. */
    public Optional<ReplayStatus> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mapper.readValue(file.toFile(), ReplayStatus.class));
        } catch (IOException e) {
            LOG.warnf("replay progress file %s is unreadable (%s): reporting no earlier replay", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void save(ReplayStatus status) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".replay-progress", ".tmp");
            try {
                mapper.writeValue(temp.toFile(), status);
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not save the replay progress to %s: %s", file, e.toString());
        }
    }
}
