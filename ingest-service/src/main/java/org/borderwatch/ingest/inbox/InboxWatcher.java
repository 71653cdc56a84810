package org.borderwatch.ingest.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderwatch.ingest.article.ArticleIngestor;
import org.borderwatch.ingest.article.IngestStats;
import org.borderwatch.ingest.article.LogSafe;
import org.borderwatch.ingest.config.IngestConfig;
import org.borderwatch.ingest.messaging.BrokerUnavailableException;
import org.jboss.logging.Logger;

/**
 * Watches the inbox folder on one thread of its own: a scan at start (files dropped while the service was down),
 * then a {@link WatchService} for prompt reaction plus a periodic full rescan as the safety net for lost or
 * overflowed events. A file is taken only once it is completely written: unchanged for the quiet time
 * ({@link FileStability}). It is read once, through a handle that follows no link ({@link InboxFileReader}); a
 * symbolic link is rejected from its directory entry and never followed. It moves to {@code .done/} only after the
 * broker acknowledged its article, to {@code .rejected/} (with a reason file) only after its Rejection record was
 * acknowledged ({@link InboxFileProcessor}); one that cannot be moved is not taken again ({@link UnmovableFiles}).
 * While the broker is down files stay where they are and are tried again after {@code retry-interval}. No input can
 * stop this thread: every failure of one file is caught.
 *
 * <p>Complete files are read, built and published by a pool of {@code workers} threads, each waiting for its own
 * file's acknowledgement: up to that many records are in flight, and a file still moves only after its record was
 * acknowledged, so a crash mid-batch leaves every unacknowledged file in the inbox.
 */
@ApplicationScoped
public class InboxWatcher {
    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);

    private final IngestConfig.Inbox config;
    private final Path inbox;
    private final Path done;
    private final Path rejected;
    private final long maxFileSize;
    private final FileStability stability;
    private final UnmovableFiles unmovable = new UnmovableFiles();
    private final InboxFileProcessor processor;
    private final Set<String> ignoredDirectories = new HashSet<>();
    private final int workers;

    private volatile ExecutorService publishers;
    private volatile boolean running;
    private volatile Thread thread;
    /** The inbox listed and read through its real path, resolved once at start: no link on the way to a file. */
    private volatile Path inboxReal;
    private volatile int pendingInInbox;
    private volatile long brokerRetryAtMillis;
    private volatile String brokerProblem;
    private volatile ScanProgress progress = ScanProgress.IDLE;

    public InboxWatcher(IngestConfig config, ArticleIngestor ingestor, IngestStats stats) {
        this.config = config.inbox();
        this.inbox = config.inbox().dir().toAbsolutePath().normalize();
        this.done = inbox.resolve(InboxFiles.DONE);
        this.rejected = inbox.resolve(InboxFiles.REJECTED);
        this.maxFileSize = config.inbox().maxFileSize().asLongValue();
        this.stability = new FileStability(config.inbox().quietTime().toMillis());
        this.workers = Math.max(1, config.inbox().workers());
        this.processor = new InboxFileProcessor(ingestor, stats, new InboxFileReader(maxFileSize), unmovable, done,
                rejected, this::brokerDown);
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        if (!config.enabled()) {
            LOG.info("inbox watcher disabled (borderwatch.inbox.enabled=false)");
            return;
        }
        Files.createDirectories(done);
        Files.createDirectories(rejected);
        inboxReal = inbox.toRealPath();
        running = true;
        AtomicInteger workerNumber = new AtomicInteger();
        publishers = Executors.newFixedThreadPool(workers, runnable -> {
            Thread worker = new Thread(runnable, "inbox-publisher-" + workerNumber.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
        Thread t = new Thread(this::run, "inbox-watcher");
        t.setDaemon(true);
        thread = t;
        t.start();
        LOG.infof("watching %s for %s files (max %d bytes each, read after %s without change)", inbox,
                InboxFileProcessor.ACCEPTED_TYPES, maxFileSize, config.quietTime());
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ExecutorService pool = publishers;
        if (pool != null) {
            // a file whose publish is cut short here stays in the inbox and is taken again at the next start
            pool.shutdownNow();
        }
    }

    public Path inbox() {
        return inbox;
    }

    public boolean isWatching() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    public int pendingInInbox() {
        return pendingInInbox;
    }

    /** Why files are waiting, while the broker is unreachable; else null. */
    public String brokerProblem() {
        return brokerProblem;
    }

    public ScanProgress progress() {
        return progress;
    }

    private void run() {
        WatchService watcher = null;
        try {
            watcher = inbox.getFileSystem().newWatchService();
            inbox.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warnf("no file-system events for %s (%s): polling every %s instead", inbox, e, config.pollInterval());
            watcher = null;
        }
        long lastFullScan = 0;
        long poll = config.pollInterval().toMillis();
        long rescan = config.rescanInterval().toMillis();
        while (running) {
            try {
                boolean changed = false;
                if (watcher != null) {
                    WatchKey key = watcher.poll(poll, TimeUnit.MILLISECONDS);
                    while (key != null) {
                        changed = true;
                        key.pollEvents();
                        key.reset();
                        key = watcher.poll();
                    }
                } else {
                    Thread.sleep(poll);
                    changed = true;
                }
                long now = System.currentTimeMillis();
                boolean brokerRetryDue = brokerProblem != null && now >= brokerRetryAtMillis;
                if (changed || stability.tracked() > 0 || brokerRetryDue || now - lastFullScan >= rescan) {
                    lastFullScan = now;
                    scan();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | IOException | Error e) {
                // whatever went wrong, the watcher keeps going; the next scan sees the inbox afresh
                LOG.errorf(e, "inbox scan failed; trying again");
                sleepQuietly(poll);
            }
        }
        closeQuietly(watcher);
    }

    /** One pass over the inbox: note what changed, process what is complete. */
    void scan() throws IOException, InterruptedException {
        if (!Files.isDirectory(done) || !Files.isDirectory(rejected)) {
            // someone removed the inbox (or its subfolders) while we run: recreate them; the periodic rescan
            // keeps working even though the file-system watch on the old folder is gone
            LOG.warnf("recreating %s and its %s / %s folders", inbox, InboxFiles.DONE, InboxFiles.REJECTED);
            Files.createDirectories(done);
            Files.createDirectories(rejected);
        }
        long now = System.currentTimeMillis();
        List<InboxFileProcessor.Candidate> stable = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int waiting = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inboxReal)) {
            for (Path path : entries) {
                String name = path.getFileName().toString();
                if (!InboxFiles.isCandidateName(name)) {
                    continue;
                }
                BasicFileAttributes attrs;
                try {
                    // the entry itself: a symbolic link is looked at as a link and never followed
                    attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue;
                }
                if (attrs.isDirectory()) {
                    if (ignoredDirectories.add(name)) {
                        LOG.warnf("ignoring directory %s in the inbox: only files are read (subfolders are not"
                                + " scanned)", LogSafe.of(name));
                    }
                    continue;
                }
                present.add(name);
                FileIdentity identity = FileIdentity.of(attrs);
                if (unmovable.isStuck(name, identity)) {
                    continue; // handled already, said once in the log
                }
                if (brokerProblem != null && now < brokerRetryAtMillis) {
                    waiting++;
                    continue;
                }
                InboxFileProcessor.Candidate candidate = new InboxFileProcessor.Candidate(path, name, identity);
                if (attrs.isSymbolicLink()) {
                    rejectNow(candidate, InboxFileReader.symbolicLink(path).reason());
                } else if (!attrs.isRegularFile()) {
                    rejectNow(candidate, "not a regular file (a pipe, socket or device cannot be an article)");
                } else if (stability.isStable(name, identity, now)) {
                    stable.add(candidate);
                } else {
                    waiting++;
                }
            }
        }
        stability.retainOnly(present);
        unmovable.retainOnly(present);
        pendingInInbox = waiting + stable.size();
        if (!stable.isEmpty()) {
            process(stable, waiting);
        }
    }

    private void process(List<InboxFileProcessor.Candidate> files, int waiting) throws InterruptedException {
        boolean batch = files.size() >= config.progressThreshold();
        long start = System.currentTimeMillis();
        String startedAt = Instant.ofEpochMilli(start).toString();
        if (batch) {
            LOG.infof("inbox scan: %d complete files to ingest", files.size());
            progress = ScanProgress.of(true, 0, files.size(), 0, startedAt);
        }
        AtomicInteger handled = new AtomicInteger();
        AtomicBoolean brokerWentDown = new AtomicBoolean();
        Semaphore slots = new Semaphore(workers);
        long[] lastLog = {start};
        try {
            for (InboxFileProcessor.Candidate file : files) {
                if (!running || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("stopping");
                }
                while (!slots.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                    report(batch, handled.get(), files.size(), waiting, start, startedAt, lastLog);
                }
                if (brokerWentDown.get()) {
                    slots.release();
                    break; // the broker is down: the rest waits for the retry too
                }
                publishers.execute(() -> {
                    try {
                        if (brokerWentDown.get()) {
                            return; // stays in the inbox for the retry
                        }
                        stability.forget(file.name());
                        InboxFileProcessor.Result result = processor.process(file);
                        if (result == InboxFileProcessor.Result.BROKER_DOWN) {
                            brokerWentDown.set(true);
                        } else if (result == InboxFileProcessor.Result.HANDLED) {
                            handled.incrementAndGet();
                            brokerProblem = null;
                        }
                    } catch (RuntimeException | Error e) {
                        // the file stays in the inbox; the next scan takes it again
                        LOG.errorf(e, "ingesting %s failed; it stays in the inbox", LogSafe.of(file.name()));
                    } finally {
                        slots.release();
                    }
                });
                report(batch, handled.get(), files.size(), waiting, start, startedAt, lastLog);
            }
        } finally {
            // every file taken is settled (moved, or left for a retry) before the inbox is scanned again
            while (!slots.tryAcquire(workers, 200, TimeUnit.MILLISECONDS)) {
                report(batch, handled.get(), files.size(), waiting, start, startedAt, lastLog);
            }
            slots.release(workers);
        }
        pendingInInbox = waiting + files.size() - handled.get();
        if (batch) {
            ScanProgress p = ScanProgress.of(false, handled.get(), files.size(), System.currentTimeMillis() - start,
                    startedAt);
            progress = p;
            LOG.infof("inbox scan finished: %d/%d files in %d ms (%.1f files/s)", p.done(), p.total(),
                    System.currentTimeMillis() - start, p.ratePerSecond());
        }
    }

    /** Progress of the scan under way, for /ingest/status and, for a batch, the log. Watcher thread only. */
    private void report(boolean batch, int handled, int total, int waiting, long start, String startedAt,
            long[] lastLog) {
        pendingInInbox = waiting + total - handled;
        if (!batch) {
            return;
        }
        long now = System.currentTimeMillis();
        progress = ScanProgress.of(handled < total, handled, total, now - start, startedAt);
        if (now - lastLog[0] >= config.progressLogInterval().toMillis()) {
            lastLog[0] = now;
            ScanProgress p = progress;
            LOG.infof("inbox scan: %d/%d files, %.1f files/s, ETA %ds", p.done(), p.total(), p.ratePerSecond(),
                    p.etaSeconds());
        }
    }

    /** A link or a device is rejected from its directory entry alone, on the watcher thread: nothing to read. */
    private void rejectNow(InboxFileProcessor.Candidate candidate, String reason) {
        stability.forget(candidate.name());
        if (processor.reject(candidate, reason) == InboxFileProcessor.Result.HANDLED) {
            brokerProblem = null;
        }
    }

    private void brokerDown(String name, BrokerUnavailableException e) {
        if (brokerProblem == null) {
            LOG.warnf("broker unavailable, %s and the other files stay in the inbox; retry in %s: %s",
                    LogSafe.of(name), config.retryInterval(), e.getMessage());
        }
        brokerProblem = e.getMessage();
        brokerRetryAtMillis = System.currentTimeMillis() + config.retryInterval().toMillis();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(WatchService watcher) {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.debug("closing the watch service", e);
            }
        }
    }
}
