package org.borderwatch.query.rest;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.borderwatch.contract.api.IncidentPicture;
import org.borderwatch.query.incident.IncidentView;
import org.borderwatch.query.incident.ReadModel;

/**
 * Pushes an incident's picture to its subscribers each time it changes. Changes to the model are coalesced
 * (at most one derivation per 250 ms), and a subscriber is sent a picture only when it differs from the last one
 * it got.
 */
@ApplicationScoped
public class IncidentStreams {
    private final IncidentView view;
    private final Map<String, Set<MultiEmitter<? super IncidentPicture>>> subscribers = new ConcurrentHashMap<>();
    private final Map<MultiEmitter<? super IncidentPicture>, IncidentPicture> lastSent = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "incident-streams");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public IncidentStreams(IncidentView view, ReadModel model) {
        this.view = view;
        model.onChange(v -> {
            if (!subscribers.isEmpty() && scheduled.compareAndSet(false, true)) {
                scheduler.schedule(this::publish, 250, TimeUnit.MILLISECONDS);
            }
        });
    }

    public Multi<IncidentPicture> stream(String id) {
        return Multi.createFrom().emitter(emitter -> {
            subscribers.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(emitter);
            emitter.onTermination(() -> {
                Set<MultiEmitter<? super IncidentPicture>> set = subscribers.get(id);
                if (set != null) {
                    set.remove(emitter);
                }
                lastSent.remove(emitter);
            });
            view.picture(id).ifPresent(p -> send(emitter, p));
        });
    }

    private void publish() {
        scheduled.set(false);
        subscribers.forEach((id, emitters) -> view.picture(id).ifPresent(p -> emitters.forEach(e -> send(e, p))));
    }

    private void send(MultiEmitter<? super IncidentPicture> emitter, IncidentPicture picture) {
        IncidentPicture last = lastSent.get(emitter);
        if (last != null && Objects.equals(withoutTime(last), withoutTime(picture))) {
            return;
        }
        lastSent.put(emitter, picture);
        emitter.emit(picture);
    }

    private static IncidentPicture withoutTime(IncidentPicture p) {
        return new IncidentPicture(p.id(), p.title(), p.countries(), p.status(), p.firstEventDate(),
                p.lastEventDate(), p.locations(), p.casualties(), p.forces(), p.appeals(), p.responses(),
                p.accusations(), p.ceasefire(), p.articles(), p.asOf(), null);
    }

    void onStop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
        subscribers.values().forEach(set -> set.forEach(MultiEmitter::complete));
    }
}
