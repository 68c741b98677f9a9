package io.keyprojects.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one machine: two of projects-service and of issues-service, two gateways, writes at 20 a second
 * through both gateways while one instance of each service is killed with {@code kill -9} and started again. Only the
 * requests in flight on a killed instance may fail; every acknowledged write is read back; every event reaches the
 * other service's projection once. The figures go to {@code target/scale-out-summary.md} (and docs/fault-suite.md).
 */
class ScaleOutIT {
    private static final Duration PERIOD = Duration.ofMillis(50); // 20 writes a second, alternating over the gateways
    private static ScaledSystem system;
    private static String commander;

    @BeforeAll
    static void start() throws Exception {
        system = ScaledSystem.start();
        commander = Http.token("commander", null);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.stop();
        }
    }

    @Test
    void one_instance_of_each_service_killed_under_load_loses_nothing_and_fails_only_what_was_in_flight() throws Exception {
        long started = System.nanoTime();
        List<Http> gateways = system.gateways().stream().map(g -> new Http(g.url())).toList();
        String unit = "SO" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        Http.Reply created = gateways.get(0).post("/api/units", commander, "{\"code\":\"" + unit + "\",\"name\":\"扩容测试单位\",\"kind\":\"BUREAU\"}");
        assertEquals(201, created.status(), created.toString());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> system.count("issues", "SELECT count(*) FROM known_unit WHERE code = '" + unit + "'") == 1);

        List<String> kills = new ArrayList<>();
        int inFlightAtKills = 0;
        try (Load load = Load.start(gateways, unit)) {
            load.awaitAnswered(60);
            for (List<ServiceProcess> instances : List.of(system.projects(), system.issues())) {
                ServiceProcess victim = instances.get(0);
                // in flight at the kill: unanswered when the signal goes, or sent while the process is dying
                int inFlight = load.inFlight();
                int sentBefore = load.sent();
                long killedAt = System.nanoTime();
                victim.kill(); // SIGKILL, returns once the process is gone
                inFlight += load.sent() - sentBefore;
                inFlightAtKills += inFlight;
                victim.restart(Duration.ofSeconds(180));
                long down = Duration.ofNanos(System.nanoTime() - killedAt).toSeconds();
                kills.add(victim.name() + " (" + inFlight + " requests in flight, down " + down + " s)");
                load.awaitAnswered(60); // the restarted instance back in rotation and taking its share
            }
            load.stopAndDrain();

            // every acknowledged write is there, and readable through either gateway
            Set<String> stored = new HashSet<>(system.strings("projects", "SELECT id::text FROM project WHERE lead_unit = '" + unit + "'"));
            List<String> lostWrites = load.acknowledged().stream().filter(id -> !stored.contains(id)).toList();
            int unreadable = 0;
            for (String id : load.acknowledged().stream().limit(40).toList()) {
                for (Http gateway : gateways) {
                    unreadable += gateway.get("/api/projects/" + id, commander).status() == 200 ? 0 : 1;
                }
            }
            // every event of them reaches issues-service's projection, once
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                    system.count("projects", "SELECT count(*) FROM outbox_event WHERE status <> 'PUBLISHED'") == 0
                            && system.count("issues", "SELECT count(*) FROM project_projection WHERE lead_unit = '" + unit + "'") == stored.size());
            List<String> published = system.strings("projects", "SELECT event_id::text FROM outbox_event WHERE topic = 'projects.events'");
            Set<String> processed = new HashSet<>(system.strings("issues",
                    "SELECT event_id FROM processed_event WHERE consumer = '" + Ledger.ISSUES_CONSUMER + "'"));
            long lostEvents = published.stream().filter(id -> !processed.contains(id)).count();
            long appliedTwice = system.count("issues", "SELECT count(*) - count(DISTINCT event_id) FROM processed_event WHERE consumer = '"
                    + Ledger.ISSUES_CONSUMER + "'")
                    + system.count("issues", "SELECT count(*) - count(DISTINCT id) FROM project_projection");

            String figures = "writes " + load.sent() + " (" + load.failures() + " failed: " + load.failureSamples() + "), reads "
                    + load.reads() + " (" + load.readFailures() + " failed); killed: " + String.join(", ", kills)
                    + "; acknowledged " + load.acknowledged().size() + ", stored " + stored.size() + ", read back " + (40 * gateways.size() - unreadable)
                    + " of " + (40 * gateways.size()) + " through both gateways; events " + published.size() + ", applied by issues-service "
                    + processed.size();
            write(load, lostWrites.size() + lostEvents, appliedTwice, Duration.ofNanos(System.nanoTime() - started), figures);

            assertEquals(List.of(), lostWrites, "every acknowledged write is stored");
            assertEquals(0, unreadable, "acknowledged writes read back through both gateways");
            assertEquals(0, lostEvents, "every event reaches issues-service");
            assertEquals(0, appliedTwice, "no event applied twice");
            assertEquals(0, load.readFailures(), "reads are retried on the other instance: none fails");
            assertTrue(load.failures() <= inFlightAtKills,
                    "only writes in flight at a kill may fail: " + load.failures() + " failed, " + inFlightAtKills + " were in flight; "
                            + load.failureSamples());
        }
    }

    private static void write(Load load, long lost, long duplicates, Duration time, String figures) throws IOException {
        String row = "| 8 one instance of each service kill -9 (2 × projects-service, 2 × issues-service, 2 gateways) | %d | %d | %d | %d | %.1f s | %s |"
                .formatted(load.sent() + load.reads(), load.failures() + load.readFailures(), lost, duplicates, time.toMillis() / 1000.0, figures);
        System.out.println("[scale-out] " + row);
        Path summary = Path.of(System.getProperty("java.io.tmpdir"), "scale-out-summary.md");
        Files.writeString(summary, "Written by `system-tests` (`ScaleOutIT`) on " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores.\n\n| scenario | requests | failures | lost | duplicates applied | time | figures |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | --- |\n" + row + "\n");
    }

    /** Writes (project registrations) and reads at a steady rate, alternating over the gateways, answers counted as they come. */
    static final class Load implements AutoCloseable {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger reads = new AtomicInteger();
        private final AtomicInteger readFailures = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final AtomicInteger sequence = new AtomicInteger();

        static Load start(List<Http> gateways, String unit) {
            Load load = new Load();
            load.timer.scheduleAtFixedRate(() -> load.tick(gateways, unit), 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
            return load;
        }

        private void tick(List<Http> gateways, String unit) {
            int n = sequence.incrementAndGet();
            Http gateway = gateways.get(n % gateways.size());
            sent.incrementAndGet();
            inFlight.incrementAndGet();
            gateway.sendAsync("POST", "/api/projects", commander, """
                    {"code": "2026-%s-%d", "name": "城东污水处理厂扩建工程", "category": "ECOLOGY", "year": 2026,
                     "leadUnit": "%s", "plannedInvestment": "18000.00", "annualPlannedInvestment": "6000.00",
                     "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""".formatted(unit, n, unit)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .whenComplete((reply, error) -> {
                        if (error == null && reply.status() == 201) {
                            acknowledged.add(JsonPath.from(reply.body()).getString("id"));
                        } else {
                            failures.add(error != null ? String.valueOf(error) : reply.toString());
                        }
                        inFlight.decrementAndGet();
                        answered.incrementAndGet();
                    });
            String last = acknowledged.peek();
            if (last != null && n % 4 == 0) { // a read now and then, through the other gateway
                reads.incrementAndGet();
                gateways.get((n + 1) % gateways.size()).sendAsync("GET", "/api/projects/" + last, commander, null)
                        .whenComplete((reply, error) -> {
                            if (error != null || reply.status() != 200) {
                                readFailures.incrementAndGet();
                            }
                        });
            }
        }

        void awaitAnswered(int more) {
            int target = answered.get() + more;
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> answered.get() >= target);
        }

        void stopAndDrain() {
            close();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> inFlight.get() == 0);
        }

        int inFlight() {
            return inFlight.get();
        }

        int sent() {
            return sent.get();
        }

        int reads() {
            return reads.get();
        }

        int readFailures() {
            return readFailures.get();
        }

        int failures() {
            return failures.size();
        }

        List<String> acknowledged() {
            return List.copyOf(acknowledged);
        }

        List<String> failureSamples() {
            return failures.stream().limit(3).map(f -> f.length() > 160 ? f.substring(0, 160) + "…" : f).toList();
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
}
