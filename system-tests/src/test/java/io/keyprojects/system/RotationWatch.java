package io.keyprojects.system;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches, every 100 ms, whether each gateway has each watched instance in rotation (its readiness lists every
 * instance as EJECTED or by its circuit's state) and whether the instance itself answers ready, and keeps the first
 * moment (test clock) each changed after {@link #mark}: when every gateway ejected a killed instance, when it was
 * ready again, when every gateway took it back. Resolution: the polling interval plus a readiness call's time.
 */
final class RotationWatch implements AutoCloseable {
    private static final Duration EVERY = Duration.ofMillis(100);
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(1);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<Http> gateways;
    private final List<ServiceProcess> watched;
    private final Map<String, Long> ejected = new ConcurrentHashMap<>();
    private final Map<String, Long> ready = new ConcurrentHashMap<>();
    private final Map<String, Long> readmitted = new ConcurrentHashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private volatile long markedAt = Long.MAX_VALUE;

    private RotationWatch(List<ServiceProcess> gateways, List<ServiceProcess> watched) {
        // a poll gives up after a second: a starved gateway's slow readiness answer must not hold the next poll back
        this.gateways = gateways.stream().map(g -> new Http(g.url(), POLL_TIMEOUT)).toList();
        this.watched = watched;
    }

    static RotationWatch start(List<ServiceProcess> gateways, List<ServiceProcess> watched) {
        RotationWatch watch = new RotationWatch(gateways, watched);
        watch.timer.scheduleWithFixedDelay(watch::poll, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    /** From now on (the kill), record the changes. */
    void mark(long at) {
        markedAt = at;
    }

    private void poll() {
        if (markedAt == Long.MAX_VALUE) {
            return;
        }
        try {
            List<Map<String, Object>> views = gateways.stream().map(RotationWatch::instances).toList();
            for (ServiceProcess instance : watched) {
                boolean out = true;
                boolean in = true;
                for (Map<String, Object> view : views) {
                    String state = state(view, instance);
                    out &= "EJECTED".equals(state);
                    in &= state != null && !"EJECTED".equals(state);
                }
                long now = System.nanoTime();
                if (out) {
                    ejected.putIfAbsent(instance.url(), now);
                }
                if (instanceReady(instance)) {
                    if (down.contains(instance.url())) {
                        ready.putIfAbsent(instance.url(), System.nanoTime());
                    }
                } else {
                    down.add(instance.url());
                }
                if (in && ready.containsKey(instance.url())) {
                    readmitted.putIfAbsent(instance.url(), System.nanoTime());
                }
            }
        } catch (RuntimeException e) {
            // a readiness call that failed under load: the next poll tries again
        }
    }

    /** A gateway's readiness data: "projects http://localhost:port" → EJECTED, CLOSED, OPEN or HALF_OPEN; empty when it did not answer. */
    private static Map<String, Object> instances(Http gateway) {
        Http.Reply reply = gateway.get("/q/health/ready", null);
        Map<String, Object> data = reply.status() == 200 || reply.status() == 503 // 503: another check is down; the data is there
                ? JsonPath.from(reply.body()).getMap("checks.find { it.name == 'upstream circuits' }.data") : null;
        return data == null ? Map.of() : data;
    }

    /** The gateway's view of an instance, or null when it did not say. */
    private static String state(Map<String, Object> view, ServiceProcess instance) {
        return view.entrySet().stream().filter(e -> e.getKey().endsWith(":" + instance.port())).map(e -> String.valueOf(e.getValue()))
                .findFirst().orElse(null);
    }

    private static boolean instanceReady(ServiceProcess instance) {
        return new Http(instance.url(), POLL_TIMEOUT).get("/q/health/ready", null).status() == 200;
    }

    /** Seconds from the mark until every gateway had {@code instance} out of rotation; -1 if never seen. */
    double secondsToEjection(ServiceProcess instance) {
        Long at = ejected.get(instance.url());
        return at == null ? -1 : (at - markedAt) / 1e9;
    }

    /** Seconds from the restarted instance answering ready until every gateway had it back; -1 if never seen. */
    double secondsToReadmission(ServiceProcess instance) {
        Long back = readmitted.get(instance.url());
        Long up = ready.get(instance.url());
        return back == null || up == null ? -1 : Math.max(0, back - up) / 1e9;
    }

    /** Seconds from the mark until the restarted instance answered ready (after it was seen down); -1 if never seen. */
    double secondsDown(ServiceProcess instance) {
        Long up = ready.get(instance.url());
        return up == null ? -1 : (up - markedAt) / 1e9;
    }

    /** The moment (test clock) the restarted instance was first seen answering ready; empty if never seen. */
    OptionalLong readyAt(ServiceProcess instance) {
        Long up = ready.get(instance.url());
        return up == null ? OptionalLong.empty() : OptionalLong.of(up);
    }

    boolean readmittedEverywhere(ServiceProcess instance) {
        return readmitted.containsKey(instance.url());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
