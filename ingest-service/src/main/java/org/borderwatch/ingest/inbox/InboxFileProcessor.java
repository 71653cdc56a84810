package org.borderwatch.ingest.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.borderwatch.ingest.article.ArticleIngestor;
import org.borderwatch.ingest.article.IngestStats;
import org.borderwatch.ingest.article.InputFormat;
import org.borderwatch.ingest.article.LogSafe;
import org.borderwatch.ingest.article.RejectedInputException;
import org.borderwatch.ingest.messaging.BrokerUnavailableException;
import org.jboss.logging.Logger;

/**
 * What becomes of one inbox file: read it safely ({@link InboxFileReader}), publish its article or its Rejection,
 * then move it to {@code .done/} or {@code .rejected/} (with its reason file). Publishing and moving are separate
 * steps with separate failures: a file published but not movable is never also rejected, and a file that cannot be
 * moved is remembered ({@link UnmovableFiles}) and said once in the log, not handled again at every scan.
 */
final class InboxFileProcessor {
    private static final Logger LOG = Logger.getLogger(InboxFileProcessor.class);
    static final String ACCEPTED_TYPES = ".txt, .md, .html, .htm, .json";

    /** A stable file to take: its path in the inbox and the file it was seen to be. */
    record Candidate(Path path, String name, FileIdentity identity) {
    }

    enum Result {
        /** Published or rejected (moved, or remembered as unmovable), or gone. */
        HANDLED,
        /** Changed since it was seen stable: it waits and is looked at again. */
        WAITING,
        /** The broker could not be reached: it stays for the retry. */
        BROKER_DOWN
    }

    private final ArticleIngestor ingestor;
    private final IngestStats stats;
    private final InboxFileReader reader;
    private final UnmovableFiles unmovable;
    private final Path done;
    private final Path rejected;
    private final BiConsumer<String, BrokerUnavailableException> brokerDown;

    InboxFileProcessor(ArticleIngestor ingestor, IngestStats stats, InboxFileReader reader, UnmovableFiles unmovable,
            Path done, Path rejected, BiConsumer<String, BrokerUnavailableException> brokerDown) {
        this.ingestor = ingestor;
        this.stats = stats;
        this.reader = reader;
        this.unmovable = unmovable;
        this.done = done;
        this.rejected = rejected;
        this.brokerDown = brokerDown;
    }

    Result process(Candidate file) {
        String name = file.name();
        ArticleIngestor.Outcome outcome;
        try {
            InputFormat format = InputFormat.ofFileName(name).orElseThrow(() -> new RejectedInputException(
                    RejectedInputException.Kind.UNSUPPORTED_TYPE,
                    "unsupported file type " + extension(name) + ": the inbox reads " + ACCEPTED_TYPES));
            byte[] bytes = reader.read(file.path(), file.identity());
            outcome = ingestor.ingest(bytes, format, name, null);
        } catch (RejectedInputException e) {
            return reject(file, e.reason());
        } catch (BrokerUnavailableException e) {
            brokerDown.accept(name, e);
            return Result.BROKER_DOWN;
        } catch (InboxFileReader.ChangedException e) {
            LOG.infof("%s changed after it was seen complete (%s): it waits until it is quiet again",
                    LogSafe.of(name), e.getMessage());
            return Result.WAITING;
        } catch (NoSuchFileException e) {
            stats.vanished();
            LOG.infof("%s disappeared before it was read: nothing to do", LogSafe.of(name));
            return Result.HANDLED;
        } catch (IOException e) {
            return reject(file, "could not read the file: " + e);
        }
        Path moved = moveOut(file, done, "published as " + outcome.articleId());
        if (moved != null) {
            LOG.debugf("%s -> %s (%s)", LogSafe.of(name), LogSafe.of(moved.toString()), outcome.articleId());
        }
        return Result.HANDLED;
    }

    /** Publishes the Rejection, then moves the file to .rejected/ beside its reason. */
    Result reject(Candidate file, String reason) {
        String name = file.name();
        try {
            ingestor.reject(name, null, reason, "inbox");
        } catch (BrokerUnavailableException e) {
            brokerDown.accept(name, e);
            return Result.BROKER_DOWN;
        }
        Path moved = moveOut(file, rejected, "rejected");
        if (moved != null) {
            try {
                InboxFiles.writeReason(moved, name, reason, Instant.now());
            } catch (IOException e) {
                LOG.errorf("%s is in %s but its reason file could not be written (%s); the reason was: %s",
                        LogSafe.of(moved.getFileName().toString()), InboxFiles.REJECTED, LogSafe.of(e.toString()),
                        LogSafe.of(reason));
            }
        }
        return Result.HANDLED;
    }

    /**
     * Moves the handled file into {@code folder} if its name is still that file; returns where it went, or null
     * when it stayed (replaced meanwhile: the new file is read at a later scan; not movable: remembered).
     */
    private Path moveOut(Candidate file, Path folder, String what) {
        String name = file.name();
        try {
            BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!file.identity().sameFile(now)) {
                LOG.infof("%s was %s, but another file has taken its name since: that one stays for the next scan",
                        LogSafe.of(name), what);
                return null;
            }
            return InboxFiles.moveInto(file.path(), folder);
        } catch (NoSuchFileException e) {
            LOG.infof("%s was %s and has disappeared since: nothing to move", LogSafe.of(name), what);
            return null;
        } catch (IOException e) {
            if (unmovable.remember(name, file.identity())) {
                LOG.errorf("%s was %s but cannot be moved to %s (%s): it stays in the inbox and is not taken again"
                        + " until it changes or the service restarts", LogSafe.of(name), what,
                        folder.getFileName(), LogSafe.of(e.toString()));
            }
            return null;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "(no extension)" : LogSafe.of(name.substring(dot).toLowerCase(Locale.ROOT));
    }
}
