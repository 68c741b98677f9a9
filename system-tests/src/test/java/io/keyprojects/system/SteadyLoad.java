package io.keyprojects.system;

import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Requests at a steady rate through several gateways, each one's send and answer time kept, so a test can say which
 * were in flight when something happened. Writes alternate between registering a project (projects-service) and
 * reporting a blocker on one of the unit's projects (issues-service), each kind alternating over the gateways; every
 * fourth tick also reads a project just written, or the assessment's facts (assessment-service), through a gateway.
 * Sends never wait for answers, but at most {@value #MAX_OUTSTANDING} requests are out at a time: a tick that finds
 * that many unanswered is skipped (and counted), so on a starved machine the queue in front of the services stays short
 * instead of growing until requests time out — the failures then are the kill's, not the queue's.
 */
final class SteadyLoad implements AutoCloseable {
    enum Kind { PROJECT, BLOCKER, READ_PROJECT, READ_FACTS }

    /** One request: when it went and came back (test clock, nanoseconds), what came back (status 0: no answer). */
    record Outcome(Kind kind, int gateway, long sentAt, long answeredAt, int status, String detail, String id) {
        boolean ok() {
            return status == 200 || status == 201;
        }

        boolean write() {
            return kind == Kind.PROJECT || kind == Kind.BLOCKER;
        }
    }

    static final int MAX_OUTSTANDING = 8;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<Http> gateways;
    private final String unit;
    private final List<String> seedProjects;
    private final String commander;
    private final String auditor;
    private final LocalDate blockersDue;
    private final AtomicInteger ticks = new AtomicInteger();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicReference<String> lastProject = new AtomicReference<>();

    private SteadyLoad(List<Http> gateways, String unit, List<String> seedProjects, String commander, String auditor, LocalDate blockersDue) {
        this.gateways = gateways;
        this.unit = unit;
        this.seedProjects = seedProjects;
        this.commander = commander;
        this.auditor = auditor;
        this.blockersDue = blockersDue;
    }

    /**
     * {@code writesPerSecond} writes for {@code unit}; blockers on {@code seedProjects} (projects issues-service already
     * knows) fall due on {@code blockersDue}.
     */
    static SteadyLoad start(List<Http> gateways, int writesPerSecond, String unit, List<String> seedProjects, String commander,
                            String auditor, LocalDate blockersDue) {
        SteadyLoad load = new SteadyLoad(gateways, unit, seedProjects, commander, auditor, blockersDue);
        load.timer.scheduleAtFixedRate(load::tick, 0, 1_000_000 / writesPerSecond, TimeUnit.MICROSECONDS);
        return load;
    }

    private void tick() {
        if (outstanding.get() >= MAX_OUTSTANDING) {
            skipped.incrementAndGet();
            return;
        }
        int n = ticks.incrementAndGet();
        int gateway = (n / 2) % gateways.size(); // each kind of write alternates over the gateways
        if (n % 2 == 0) {
            send(Kind.PROJECT, gateway, "POST", "/api/projects", commander, """
                    {"code": "2026-%s-%d", "name": "城东污水处理厂扩建工程", "category": "ECOLOGY", "year": 2026,
                     "leadUnit": "%s", "plannedInvestment": "18000.00", "annualPlannedInvestment": "6000.00",
                     "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""".formatted(unit, n, unit));
        } else {
            send(Kind.BLOCKER, gateway, "POST", "/api/issues", commander, """
                    {"projectId": "%s", "category": "DEMOLITION", "severity": "HIGH", "title": "3户拆迁户未签约 %d",
                     "responsibleUnit": "%s", "dueDate": "%s"}""".formatted(seedProjects.get(n % seedProjects.size()), n, unit, blockersDue));
        }
        if (n % 4 == 0) {
            int other = (gateway + 1) % gateways.size();
            String written = lastProject.get();
            if (n % 2 == 0 && written != null) {
                send(Kind.READ_PROJECT, other, "GET", "/api/projects/" + written, commander, null);
            } else {
                send(Kind.READ_FACTS, other, "GET", "/api/assessments/facts?period=2026", auditor, null);
            }
        }
    }

    private void send(Kind kind, int gateway, String method, String path, String token, String json) {
        long sentAt = System.nanoTime();
        outstanding.incrementAndGet();
        gateways.get(gateway).sendAsync(method, path, token, json == null ? null : json.getBytes(StandardCharsets.UTF_8))
                .whenComplete((reply, error) -> {
                    long answeredAt = System.nanoTime();
                    String id = null;
                    if (error == null && reply.status() == 201) {
                        id = JsonPath.from(reply.body()).getString("id");
                        if (kind == Kind.PROJECT) {
                            lastProject.set(id);
                        }
                    }
                    String detail = error != null ? String.valueOf(error) : reply.ok() ? "" : reply.toString();
                    outcomes.add(new Outcome(kind, gateway, sentAt, answeredAt, error != null ? 0 : reply.status(), detail, id));
                    outstanding.decrementAndGet();
                });
    }

    /** Waits until {@code more} further requests have been answered (or failed). */
    void awaitAnswered(int more) {
        int target = outcomes.size() + more;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> outcomes.size() >= target);
    }

    /** Stops sending and waits for every answer. */
    void stopAndDrain() {
        close();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> outstanding.get() == 0);
    }

    /** Ticks skipped because {@value #MAX_OUTSTANDING} requests were still unanswered. */
    int skipped() {
        return skipped.get();
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
