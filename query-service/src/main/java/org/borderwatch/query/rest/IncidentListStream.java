package org.borderwatch.query.rest;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.contract.api.IncidentSummary;
import org.borderwatch.query.incident.ArticleState;
import org.borderwatch.query.incident.IncidentGrouper;
import org.borderwatch.query.incident.IncidentView;
import org.borderwatch.query.incident.ReadModel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * {@code GET /incidents/stream}: the incident list as server-sent events, the list now and again each time it
 * changes (same filters and order as {@code GET /incidents}), each row with its dated events counted per day for
 * the page's timeline strip. Like {@link IncidentStreams}, changes are coalesced (at most one push per 250 ms) and a
 * subscriber gets a list only when it differs from the last one it got.
 */
@Path("/incidents/stream")
@ApplicationScoped
public class IncidentListStream {
    /** The list as pushed: newest first. */
    public record IncidentList(List<Row> incidents) {
    }

    /** One incident's summary and its dated events per day. */
    public record Row(IncidentSummary incident, List<EventDay> days) {
    }

    /**
     * The current (not background, not denied) events with a precise date, of the incident's original articles
     * (a near-duplicate copy repeats its original's events): {@code violence} counts clashes, attacks, incursions,
     * casualties and ceasefire violations, {@code other} everything else (appeals, statements, troops...).
     */
    public record EventDay(String date, int violence, int other) {
    }

    private static final Set<EventType> VIOLENCE = EnumSet.of(EventType.CLASH, EventType.ATTACK, EventType.INCURSION,
            EventType.CASUALTIES, EventType.CEASEFIRE_VIOLATION);

    private record Filter(String country, LocalDate from, LocalDate to) {
    }

    /** An incident's per-day counts and the picture they were counted for. */
    private record DaysOf(IncidentPicture picture, List<EventDay> days) {
    }

    private final IncidentView view;
    private final Map<MultiEmitter<? super IncidentList>, Filter> subscribers = new ConcurrentHashMap<>();
    private final Map<MultiEmitter<? super IncidentList>, IncidentList> lastSent = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "incident-list-stream");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /**
     * Per incident, kept across snapshots: IncidentView hands out the very same picture object while an incident's
     * articles are unchanged, so one arriving article recounts only its own incident's days. Used by the scheduler
     * thread only.
     */
    private final Map<String, DaysOf> days = new HashMap<>();

    public IncidentListStream(IncidentView view, ReadModel model) {
        this.view = view;
        model.onChange(v -> {
            if (!subscribers.isEmpty() && scheduled.compareAndSet(false, true)) {
                scheduler.schedule(this::publish, 250, TimeUnit.MILLISECONDS);
            }
        });
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: the incident list (filters as GET /incidents, each row with its "
            + "dated events per day) now, then each time it changes")
    public Multi<IncidentList> stream(
            @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2") String country,
            @QueryParam("from") @Parameter(description = "YYYY-MM-DD") String from,
            @QueryParam("to") @Parameter(description = "YYYY-MM-DD") String to) {
        Filter filter = new Filter(country, IncidentResource.date("from", from), IncidentResource.date("to", to));
        return Multi.createFrom().emitter(emitter -> {
            subscribers.put(emitter, filter);
            emitter.onTermination(() -> {
                subscribers.remove(emitter);
                lastSent.remove(emitter);
            });
            // the first list may need a derivation: on this stream's thread, never on the event loop
            scheduler.execute(() -> send(emitter, list(filter)));
        });
    }

    private void publish() {
        scheduled.set(false);
        Map<Filter, IncidentList> lists = new HashMap<>();
        subscribers.forEach((emitter, filter) -> send(emitter, lists.computeIfAbsent(filter, this::list)));
    }

    private void send(MultiEmitter<? super IncidentList> emitter, IncidentList list) {
        if (emitter.isCancelled() || list.equals(lastSent.get(emitter))) {
            return;
        }
        lastSent.put(emitter, list);
        emitter.emit(list);
    }

    private IncidentList list(Filter f) {
        IncidentView.Snapshot snapshot = view.snapshot();
        days.keySet().retainAll(snapshot.pictures().keySet());
        List<Row> rows = new ArrayList<>();
        for (IncidentSummary s : view.summaries(f.country(), f.from(), f.to())) {
            IncidentPicture picture = snapshot.pictures().get(s.id());
            DaysOf counted = days.get(s.id());
            if (counted == null || counted.picture() != picture) {
                counted = new DaysOf(picture, eventDays(snapshot, s.id()));
                days.put(s.id(), counted);
            }
            rows.add(new Row(s, counted.days()));
        }
        return new IncidentList(List.copyOf(rows));
    }

    static List<EventDay> eventDays(IncidentView.Snapshot snapshot, String id) {
        IncidentGrouper.Group group = snapshot.groups().get(id);
        if (group == null) {
            return List.of();
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (ArticleState a : group.articles()) {
            if (a.analysis() == null || a.analysis().events() == null
                    || snapshot.duplicateOf().containsKey(a.articleId())) {
                continue;
            }
            for (EventRecord e : a.analysis().events()) {
                if (e.background() || e.negated() || e.date() == null || e.date().length() != 10) {
                    continue;
                }
                counts.computeIfAbsent(e.date(), d -> new int[2])[VIOLENCE.contains(e.type()) ? 0 : 1]++;
            }
        }
        List<EventDay> out = new ArrayList<>(counts.size());
        counts.forEach((date, c) -> out.add(new EventDay(date, c[0], c[1])));
        return List.copyOf(out);
    }

    void onStop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
        subscribers.keySet().forEach(MultiEmitter::complete);
    }
}
