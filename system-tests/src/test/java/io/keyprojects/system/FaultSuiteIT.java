package io.keyprojects.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keyprojects.contracts.Topics;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite: the assembled system under faults, driven through the gateway — the broker away, services killed,
 * events redelivered, poison records, races, hostile input and the authorisation matrix. Each scenario
 * prints its figures and asserts nothing is lost and nothing is applied twice; the table of all of them is
 * written to target/fault-summary.md. The broker stays down 20 s (60 s with {@code -Dkp.faults.long=true}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {
    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("kp.faults.outage-seconds",
            Boolean.getBoolean("kp.faults.long") ? 60 : 20));
    static final Duration CONVERGE = Duration.ofSeconds(120);
    /** The outbox relay's job lock (platform-events SingleInstanceJobs): held by the test, the relay publishes nothing. */
    static final String RELAY_LOCK = "27504, hashtext('outbox-relay')";

    static RunningSystem system;
    static Http http;
    static String commander;
    static String auditor;
    static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** The Kafka clients of the test itself log every configuration at INFO: kept to warnings. */
    private static final org.jboss.logmanager.Logger KAFKA_LOG = org.jboss.logmanager.Logger.getLogger("org.apache.kafka");

    static {
        KAFKA_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    @BeforeAll
    static void system() {
        system = RunningSystem.get();
        http = new Http(system.gatewayUrl());
        commander = Http.token("commander", null);
        auditor = Http.token("auditor", null);
    }

    @AfterAll
    static void summary() {
        FaultSummary.write();
    }

    // ---------------------------------------------------------------- 1. broker outage

    @Test
    @Order(1)
    void broker_outage_writes_keep_succeeding_and_every_event_arrives_once_after_it_returns() throws Exception {
        assumeTrue(system.kafka() != null, "the broker is not ours to stop (KP_TEST_INFRA is containers or external)");
        long started = System.nanoTime();
        String unit = newUnit("BO");
        String anchor = knownProject(unit);
        try (Writes writes = Writes.start(Duration.ofMillis(250), i -> i % 2 == 0 ? registerProject(unit) : reportBlocker(anchor, unit))) {
            writes.awaitMore(12);
            system.kafka().stop();
            int before = writes.requests();
            Thread.sleep(OUTAGE.toMillis()); // the fault, held for a fixed time on purpose
            int duringOutage = writes.requests() - before;
            int failuresDuringOutage = writes.failures();
            List<String> notReady = system.services().stream()
                    .filter(s -> given().baseUri(s.url()).get("/q/health/ready").statusCode() != 200).map(ServiceProcess::name).toList();
            Object backlog = given().baseUri(system.projects().url()).get("/q/health/well")
                    .then().extract().path("checks.find { it.name.startsWith('Outbox') }.data.pending");
            system.kafka().start();
            system.kafka().awaitListening(Duration.ofSeconds(90));
            long restarted = System.nanoTime();
            writes.awaitMore(12);
            writes.close();
            Convergence c = converge(unit, restarted);
            record("1 broker outage (" + OUTAGE.toSeconds() + " s)", writes, c, started,
                    "writes " + writes.requests() + " (" + duringOutage + " while the broker was down, " + failuresDuringOutage
                            + " failed then; every service stayed ready, projects-service's outbox held " + backlog
                            + " events), events " + c.events() + ", converged " + c.seconds() + " s after the broker returned");
            assertEquals(0, writes.failures(), "every write succeeds while the broker is away: " + writes.failureSamples());
            assertEquals(List.of(), notReady, "a broker outage takes no service out of rotation: its writes still succeed");
            c.assertClean();
        }
    }

    // ---------------------------------------------------------------- 2. crashes

    @Test
    @Order(2)
    void a_consumer_killed_mid_stream_applies_every_event_once_after_restart() throws Exception {
        long started = System.nanoTime();
        String unit = newUnit("CC");
        String anchor = knownProject(unit);
        try (Writes writes = Writes.start(Duration.ofMillis(150), i -> i % 2 == 0 ? registerProject(unit) : reportBlocker(anchor, unit))) {
            writes.awaitMore(10);
            system.assessment().kill();
            long killed = System.nanoTime();
            writes.awaitMore(10);
            system.assessment().restart(Duration.ofSeconds(120));
            long down = System.nanoTime() - killed;
            writes.awaitMore(10);
            writes.close();
            Convergence c = converge(unit, System.nanoTime());
            record("2a consumer kill -9 (assessment-service)", writes, c, started,
                    "writes " + writes.requests() + ", assessment-service down " + Duration.ofNanos(down).toSeconds()
                            + " s, events " + c.events() + ", converged " + c.seconds() + " s after restart (the killed member's "
                            + "partitions move once the group's session timeout, 10 s as platform-events sets it, has passed)");
            assertEquals(0, writes.failures(), "writes do not touch the killed consumer: " + writes.failureSamples());
            c.assertClean();
        }
    }

    @Test
    @Order(3)
    void a_producer_killed_between_publish_and_mark_as_sent_republishes_and_consumers_absorb_the_duplicates() throws Exception {
        long started = System.nanoTime();
        String unit = newUnit("PC");
        int held;
        Set<String> heldIds;
        Writes writes;
        try (Connection relayLock = Ledger.connect("projects");
             Connection tableLock = Ledger.connect("projects")) {
            // 1. the relay may not publish: writes pile up as PENDING rows
            relayLock.createStatement().execute("SELECT pg_advisory_lock(" + RELAY_LOCK + ")");
            writes = Writes.start(Duration.ofMillis(100), i -> registerProject(unit));
            writes.awaitMore(30);
            writes.close();
            heldIds = new HashSet<>(Ledger.strings("projects", "SELECT event_id::text FROM outbox_event WHERE status = 'PENDING'"));
            held = heldIds.size();
            // 2. the relay may publish but not mark them sent: its UPDATE waits for our SHARE lock
            tableLock.setAutoCommit(false);
            tableLock.createStatement().execute("LOCK TABLE outbox_event IN SHARE MODE");
            relayLock.createStatement().execute("SELECT pg_advisory_unlock(" + RELAY_LOCK + ")");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    Ledger.readAll(Topics.PROJECTS).stream().map(r -> Ledger.header(r, "ce_id")).filter(heldIds::contains).distinct().count() == held);
            // 3. published, not marked: kill -9 now
            system.projects().kill();
            tableLock.rollback();
        }
        long killed = System.nanoTime();
        try (Writes during = Writes.start(Duration.ofMillis(200), i -> registerProject(unit))) {
            system.projects().restart(Duration.ofSeconds(120));
            during.awaitOk(10);
            during.close();
            Convergence c = converge(unit, System.nanoTime());
            Map<String, Long> onTopic = Ledger.readAll(Topics.PROJECTS).stream().map(r -> Ledger.header(r, "ce_id"))
                    .filter(heldIds::contains).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            long republished = onTopic.values().stream().filter(n -> n > 1).count();
            int requests = writes.requests() + during.requests();
            int failures = writes.failures() + during.failures();
            FaultSummary.add(new FaultSummary.Row("2b producer kill -9 (projects-service) between publish and mark-as-sent",
                    requests, failures, c.lost(), c.duplicates(), Duration.ofNanos(System.nanoTime() - started),
                    held + " events published but not marked sent when killed, " + republished + " of them republished after restart "
                            + "(duplicates on the topic, absorbed); " + failures + " writes refused while it was down (the client saw them fail); "
                            + "down " + Duration.ofNanos(System.nanoTime() - killed).toSeconds() + " s; converged in " + c.seconds() + " s"));
            assertEquals(0, writes.failures(), writes.failureSamples().toString());
            assertEquals(held, republished, "every event that was published but not marked sent is published again");
            c.assertClean();
        }
    }

    // ---------------------------------------------------------------- 3. redelivery

    @Test
    @Order(4)
    void redelivering_a_thousand_consumed_events_changes_no_projection() throws Exception {
        long started = System.nanoTime();
        await().atMost(CONVERGE).pollInterval(Duration.ofSeconds(1)).until(() -> Ledger.delivery().complete() && Ledger.totalLag() == 0);
        Map<String, String> before = Ledger.projectionFingerprint();
        String factsBefore = http.get("/api/assessments/facts?period=2026", auditor).body();
        List<ConsumerRecord<String, String>> consumed = new ArrayList<>(Ledger.readAll(Topics.PROJECTS));
        consumed.addAll(Ledger.readAll(Topics.ISSUES));
        consumed.removeIf(r -> Ledger.header(r, "ce_id") == null); // only what the relays published
        assertTrue(consumed.size() > 100, "enough events to replay: " + consumed.size());
        int sent = 0;
        try (var producer = producer()) {
            while (sent < 1000) {
                for (ConsumerRecord<String, String> r : consumed) {
                    var again = new ProducerRecord<>(r.topic(), r.key(), r.value());
                    r.headers().forEach(h -> again.headers().add(h));
                    producer.send(again);
                    sent++;
                }
            }
            producer.flush();
        }
        long replayed = System.nanoTime();
        await().atMost(CONVERGE).pollInterval(Duration.ofSeconds(1)).until(() -> Ledger.totalLag() == 0);
        Map<String, String> after = Ledger.projectionFingerprint();
        String factsAfter = http.get("/api/assessments/facts?period=2026", auditor).body();
        int changed = (int) before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).count();
        FaultSummary.add(new FaultSummary.Row("3 redelivery of consumed events", sent, 0, Ledger.delivery().lost(), changed,
                Duration.ofNanos(System.nanoTime() - started), sent + " records replayed (" + consumed.size() + " distinct events, each "
                        + "again ≥ once) onto projects.events and issues.events; consumers caught up in "
                        + Duration.ofNanos(System.nanoTime() - replayed).toSeconds() + " s; " + changed + " of " + before.size()
                        + " projection tables changed; facts through the gateway " + (factsBefore.equals(factsAfter) ? "identical" : "CHANGED")));
        assertEquals(before, after, "projections are identical after the redelivery");
        assertEquals(factsBefore, factsAfter, "the assessment facts are identical after the redelivery");
    }

    // ---------------------------------------------------------------- 4. poison

    @Test
    @Order(5)
    void a_poison_record_on_each_topic_lands_in_its_dead_letter_topic_and_the_consumer_goes_on() throws Exception {
        long started = System.nanoTime();
        String marker = "poison-" + UUID.randomUUID();
        Map<String, List<String>> poisons = Map.of(
                Topics.PROJECTS, poisons(marker, "county.projects.project-registered.v1"),
                Topics.ISSUES, poisons(marker, "county.issues.issue-reported.v1"),
                Topics.ASSESSMENT, poisons(marker, "county.assessment.score-published.v1"));
        // consumers of each topic in this system (notifications-service reads all three): each dead-letters what it cannot read
        Map<String, Integer> consumers = Map.of(Topics.PROJECTS, 3, Topics.ISSUES, 2, Topics.ASSESSMENT, 1);
        try (var producer = producer()) {
            for (var e : poisons.entrySet()) {
                for (String value : e.getValue()) {
                    var record = new ProducerRecord<>(e.getKey(), UUID.randomUUID().toString(), value);
                    record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                    producer.send(record).get();
                }
            }
        }
        // the consumers go on: what comes after the poison is applied
        String unit = newUnit("PM");
        String project = knownProject(unit);
        assertEquals(201, reportBlocker(project, unit).status());
        await().atMost(CONVERGE).pollInterval(Duration.ofSeconds(1)).until(() -> facts(unit).blockersReported() == 1);
        StringBuilder figures = new StringBuilder();
        long expectedTotal = 0;
        long dead = 0;
        for (String topic : List.of(Topics.PROJECTS, Topics.ISSUES, Topics.ASSESSMENT)) {
            long expected = (long) poisons.get(topic).size() * consumers.get(topic);
            expectedTotal += expected;
            await().atMost(CONVERGE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Ledger.countOn(Topics.deadLetter(topic), v -> v.contains(marker)) >= expected);
            long landed = Ledger.countOn(Topics.deadLetter(topic), v -> v.contains(marker));
            dead += landed;
            figures.append(topic).append(": ").append(poisons.get(topic).size()).append(" poison × ").append(consumers.get(topic))
                    .append(" consumer(s) → ").append(landed).append(" in ").append(Topics.deadLetter(topic)).append("; ");
            assertEquals(expected, landed, topic);
        }
        Convergence c = converge(unit, System.nanoTime());
        figures.append("the next events were applied");
        FaultSummary.add(new FaultSummary.Row("4 poison records", poisons.values().stream().mapToInt(List::size).sum(),
                expectedTotal - dead, c.lost(), c.duplicates(), Duration.ofNanos(System.nanoTime() - started), figures.toString()));
        c.assertClean();
    }

    /** Not JSON; JSON but no CloudEvent; a CloudEvent of a known type whose data is not that type's. */
    private static List<String> poisons(String marker, String type) {
        return List.of("not json at all " + marker + " {",
                "{\"hello\": \"" + marker + "\"}",
                "{\"specversion\":\"1.0\",\"id\":\"" + marker + "-" + UUID.randomUUID() + "\",\"source\":\"/fault-suite\",\"type\":\"" + type
                        + "\",\"subject\":\"x\",\"time\":\"2026-05-01T00:00:00Z\",\"datacontenttype\":\"application/json\",\"data\":{\"id\":\"not-a-uuid\",\"year\":\"MMXXVI\"}}");
    }

    // ---------------------------------------------------------------- 5. races

    @Test
    @Order(6)
    void concurrent_updates_with_one_if_match_exactly_one_wins_and_no_update_is_lost() throws Exception {
        long started = System.nanoTime();
        String unit = newUnit("RC");
        String project = JsonPath.from(registerProject(unit).body()).getString("id");
        Http.Reply read = http.get("/api/projects/" + project, commander);
        String etag = read.header("ETag");
        assertNotNull(etag, "GET /api/projects/{id} carries an ETag");
        List<CompletableFuture<Http.Reply>> race = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            race.add(http.sendAsync("PATCH", "/api/projects/" + project, commander,
                    ("{\"progressPercent\": " + (i % 100) + ", \"leadOfficial\": \"racer " + i + "\"}").getBytes(StandardCharsets.UTF_8),
                    "If-Match", etag));
        }
        List<Http.Reply> replies = race.stream().map(CompletableFuture::join).toList();
        Map<Integer, Long> byStatus = replies.stream().collect(Collectors.groupingBy(Http.Reply::status, Collectors.counting()));
        Http.Reply winner = replies.stream().filter(Http.Reply::ok).findFirst().orElse(null);
        String finalState = http.get("/api/projects/" + project, commander).body();
        boolean finalIsWinner = winner != null && JsonPath.from(finalState).getString("leadOfficial").equals(JsonPath.from(winner.body()).getString("leadOfficial"));

        // no lost update: 10 clients each add 5 points by read → PATCH If-Match → retry on 412
        String counter = JsonPath.from(registerProject(unit).body()).getString("id");
        AtomicInteger attempts = new AtomicInteger();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(10);
        for (int c = 0; c < 10; c++) {
            clients.add(CompletableFuture.runAsync(() -> {
                for (int n = 0; n < 5; n++) {
                    while (true) {
                        attempts.incrementAndGet();
                        Http.Reply r = http.get("/api/projects/" + counter, commander);
                        double now = percent(r.body());
                        Http.Reply p = http.send("PATCH", "/api/projects/" + counter, commander,
                                ("{\"progressPercent\": " + (now + 1) + "}").getBytes(StandardCharsets.UTF_8), "If-Match", r.header("ETag"));
                        if (p.ok()) {
                            break;
                        }
                        assertEquals(412, p.status(), p.toString());
                    }
                }
            }, pool));
        }
        clients.forEach(CompletableFuture::join);
        pool.shutdown();
        double total = percent(http.get("/api/projects/" + counter, commander).body());

        // concurrent transitions of one blocker with one If-Match, and without one
        String blockerProject = knownProject(unit);
        String issue = JsonPath.from(reportBlocker(blockerProject, unit).body()).getString("id");
        String issueTag = http.get("/api/issues/" + issue, commander).header("ETag");
        String department = Http.token("department", unit);
        Map<Integer, Long> transitions = concurrently(100, i -> http.sendAsync("POST", "/api/issues/" + issue + "/transitions", department,
                "{\"to\": \"ACKNOWLEDGED\", \"comment\": \"racer\"}".getBytes(StandardCharsets.UTF_8), "If-Match", issueTag));
        Map<Integer, Long> unguarded = concurrently(100, i -> http.sendAsync("POST", "/api/issues/" + issue + "/transitions", department,
                "{\"to\": \"IN_COORDINATION\", \"comment\": \"racer\"}".getBytes(StandardCharsets.UTF_8)));
        long moves = JsonPath.from(http.get("/api/issues/" + issue + "/history", commander).body()).getList("findAll { it.action == 'MOVED' }").size();

        long errors = count(byStatus, s -> s >= 500) + count(transitions, s -> s >= 500) + count(unguarded, s -> s >= 500);
        FaultSummary.add(new FaultSummary.Row("5 races", 100 + attempts.get() * 2L + 200, errors, total == 50 ? 0 : (long) (50 - total),
                0, Duration.ofNanos(System.nanoTime() - started),
                "100 PATCH with one If-Match: " + byStatus + "; 10 clients × 5 read-modify-write increments: total " + total + " of 50 in "
                        + attempts.get() + " attempts; 100 transitions with one If-Match: " + transitions + "; 100 without: " + unguarded
                        + "; moves in the blocker's history: " + moves));
        assertEquals(Map.of(200, 1L, 412, 99L), byStatus, "exactly one PATCH wins, the rest are 412");
        assertTrue(finalIsWinner, "the final state is the winner's: " + finalState);
        assertEquals(50.0, total, "no lost update");
        assertEquals(Map.of(200, 1L, 412, 99L), transitions, "exactly one transition with the If-Match wins");
        assertEquals(1L, unguarded.getOrDefault(200, 0L), "exactly one unguarded transition wins: " + unguarded);
        assertEquals(99L, unguarded.getOrDefault(409, 0L) + unguarded.getOrDefault(412, 0L), "the others are refused: " + unguarded);
        assertEquals(2, moves, "two moves in the history, no more");
    }

    private static double percent(String project) {
        Object value = JsonPath.from(project).get("progressPercent");
        return value == null ? 0 : Double.parseDouble(value.toString());
    }

    private static Map<Integer, Long> concurrently(int n, IntFunction<CompletableFuture<Http.Reply>> request) {
        List<CompletableFuture<Http.Reply>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(request.apply(i));
        }
        return all.stream().map(CompletableFuture::join).collect(Collectors.groupingBy(Http.Reply::status, Collectors.counting()));
    }

    private static long count(Map<Integer, Long> byStatus, java.util.function.IntPredicate which) {
        return byStatus.entrySet().stream().filter(e -> which.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    // ---------------------------------------------------------------- 6. hostile input

    @Test
    @Order(7)
    void hostile_input_is_always_a_4xx_problem_without_internals_and_changes_nothing() {
        long started = System.nanoTime();
        List<HostileInput.Case> cases = hostileCases();
        Map<String, String> before = Ledger.sourceFingerprint();
        Hostility h = send(cases);
        Map<String, String> after = Ledger.sourceFingerprint();
        int changed = (int) before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).count();
        FaultSummary.add(new FaultSummary.Row("6 hostile input", cases.size(), h.violations().size(), 0, changed,
                Duration.ofNanos(System.nanoTime() - started), "statuses " + h.statuses() + "; 5xx: " + h.serverErrors()
                        + "; answers that are not a clean 4xx problem: " + h.violations().size() + "; source tables changed: " + changed));
        if (!h.violations().isEmpty()) {
            FaultSummary.section("## Hostile input: answers that are not a clean 4xx problem\n\n"
                    + h.violations().stream().map(v -> "- " + v.replace("\n", " ")).collect(Collectors.joining("\n")));
        }
        assertTrue(cases.size() >= 500, "at least 500 hostile requests: " + cases.size());
        assertEquals(List.of(), h.violations(), "every hostile request is answered with a 4xx problem, nothing internal");
        assertEquals(before, after, "the data is unchanged");
    }

    record Hostility(List<String> violations, Map<Integer, Integer> statuses, int serverErrors) {
    }

    private List<HostileInput.Case> hostileCases() {
        String unit = newUnit("HX");
        String project = knownProject(unit);
        String issue = JsonPath.from(reportBlocker(project, unit).body()).getString("id");
        await().atMost(CONVERGE).pollInterval(Duration.ofSeconds(1)).until(() -> Ledger.delivery().complete());
        return HostileInput.cases(unit, project, issue);
    }

    private static Hostility send(List<HostileInput.Case> cases) {
        List<String> violations = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int serverErrors = 0;
        for (HostileInput.Case c : cases) {
            Http.Reply r = http.send(c.method(), c.path(), c.token(), c.body(), c.headers());
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() >= 500 || r.status() == 0) {
                serverErrors++;
            }
            String problem = HostileInput.violation(r);
            if (problem != null) {
                violations.add(c.name() + " → " + problem);
            }
        }
        return new Hostility(violations, statuses, serverErrors);
    }

    // ---------------------------------------------------------------- 7. authorisation matrix

    @Test
    @Order(9)
    void the_authorisation_matrix_holds_for_every_route_and_role() {
        long started = System.nanoTime();
        AuthorisationMatrix.Result result = matrix();
        FaultSummary.add(new FaultSummary.Row("7 authorisation matrix", result.cells(), result.unexpected().size(), 0, 0,
                Duration.ofNanos(System.nanoTime() - started), result.routes() + " routes × " + AuthorisationMatrix.CALLERS.size()
                        + " callers; cells not as the table says: " + result.wrong().size() + ", of them known defects: "
                        + (result.wrong().size() - result.unexpected().size()) + " (" + String.join("; ", AuthorisationMatrix.KNOWN_DEFECTS.values()) + ")"));
        FaultSummary.section(result.markdown());
        assertEquals(List.of(), result.unexpected(), "every cell of the matrix answers as DESIGN.md says");
    }

    private AuthorisationMatrix.Result matrix() {
        return AuthorisationMatrix.run(http, this::newUnit, this::knownProject, this::reportBlocker);
    }

    // ---------------------------------------------------------------- convergence

    record Facts(long projectsLed, long blockersReported) {
    }

    static Facts facts(String unit) {
        return facts(http, auditor, unit);
    }

    /** The unit's facts for 2026 as assessment-service counts them from its event log, through {@code gateway}; -1 when it did not answer. */
    static Facts facts(Http gateway, String token, String unit) {
        Http.Reply r = gateway.get("/api/assessments/facts?period=2026", token);
        if (r.status() != 200) {
            return new Facts(-1, -1);
        }
        Map<String, Object> row = JsonPath.from(r.body()).getMap("find { it.unit == '" + unit + "' }");
        return row == null ? new Facts(0, 0)
                : new Facts(((Number) row.get("projectsLed")).longValue(), ((Number) row.get("blockersReported")).longValue());
    }

    /**
     * How a scenario ended: the outbox's events against what each consumer applied, the projections against
     * their sources, and the scenario unit's facts through the gateway against its source rows.
     */
    record Convergence(Ledger.Delivery delivery, int mismatches, Facts facts, Facts source, Duration took) {
        long lost() {
            return delivery.lost() + delivery.pendingOrFailed() + Math.max(0, source.projectsLed() - facts.projectsLed())
                    + Math.max(0, source.blockersReported() - facts.blockersReported());
        }

        long duplicates() {
            return mismatches + Math.max(0, facts.projectsLed() - source.projectsLed())
                    + Math.max(0, facts.blockersReported() - source.blockersReported());
        }

        int events() {
            return delivery.projectEvents() + delivery.issueEvents();
        }

        String seconds() {
            return String.format("%.1f", took.toMillis() / 1000.0);
        }

        void assertClean() {
            assertEquals(0, delivery.pendingOrFailed(), "outbox rows not published: " + delivery);
            assertEquals(0, delivery.lost(), "events a consumer never applied: " + delivery);
            assertEquals(0, mismatches, "projection rows that differ from their source");
            assertEquals(source, facts, "the assessment's facts through the gateway equal the source");
        }
    }

    static Convergence converge(String unit, long fromNanos) {
        Facts source = sourceFacts(unit);
        try {
            await().atMost(CONVERGE).pollInterval(Duration.ofMillis(500)).until(() ->
                    Ledger.delivery().complete() && Ledger.projectionMismatches() == 0 && facts(unit).equals(sourceFacts(unit)));
        } catch (ConditionTimeoutException e) {
            // fall through: the figures below say what is missing, and assertClean fails on them
        }
        Duration took = Duration.ofNanos(System.nanoTime() - fromNanos);
        return new Convergence(Ledger.delivery(), Ledger.projectionMismatches(), facts(unit), sourceFacts(unit), took);
    }

    static Facts sourceFacts(String unit) {
        return new Facts(Ledger.count("projects", "SELECT count(*) FROM project WHERE year = 2026 AND lead_unit = '" + unit + "'"),
                Ledger.count("issues", "SELECT count(*) FROM issue WHERE responsible_unit = '" + unit + "'"));
    }

    static void record(String scenario, Writes writes, Convergence c, long started, String figures) {
        FaultSummary.add(new FaultSummary.Row(scenario, writes.requests(), writes.failures(), c.lost(), c.duplicates(),
                Duration.ofNanos(System.nanoTime() - started), figures));
    }

    // ---------------------------------------------------------------- writes through the gateway

    String newUnit(String prefix) {
        String code = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        Http.Reply r = http.post("/api/units", commander, "{\"code\":\"" + code + "\",\"name\":\"故障测试单位\",\"kind\":\"BUREAU\"}");
        assertEquals(201, r.status(), r.toString());
        return code;
    }

    static Http.Reply registerProject(String unit) {
        return http.post("/api/projects", commander, """
                {"code": "2026-%s-%d", "name": "城东污水处理厂扩建工程", "category": "ECOLOGY", "year": 2026,
                 "leadUnit": "%s", "plannedInvestment": "18000.00", "annualPlannedInvestment": "6000.00",
                 "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""".formatted(unit, SEQUENCE.incrementAndGet(), unit));
    }

    Http.Reply reportBlocker(String projectId, String unit) {
        return http.post("/api/issues", Http.token("department", unit), """
                {"projectId": "%s", "category": "DEMOLITION", "severity": "HIGH", "title": "3户拆迁户未签约",
                 "responsibleUnit": "%s"}""".formatted(projectId, unit));
    }

    /** A project of {@code unit} that issues-service already knows, as it knows the unit (both from projects.events). */
    String knownProject(String unit) {
        Http.Reply r = registerProject(unit);
        assertEquals(201, r.status(), r.toString());
        String id = JsonPath.from(r.body()).getString("id");
        await().atMost(CONVERGE).pollInterval(Duration.ofMillis(250)).until(() ->
                Ledger.count("issues", "SELECT count(*) FROM project_projection WHERE id = '" + id + "'") == 1
                        && Ledger.count("issues", "SELECT count(*) FROM known_unit WHERE code = '" + unit + "'") == 1);
        return id;
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Ledger.bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** Writes at a steady rate on their own thread, counting what the gateway answered. */
    static final class Writes implements AutoCloseable {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final AtomicInteger requests = new AtomicInteger();
        private final AtomicInteger ok = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        static Writes start(Duration period, IntFunction<Http.Reply> write) {
            Writes w = new Writes();
            AtomicInteger i = new AtomicInteger();
            w.timer.scheduleAtFixedRate(() -> {
                Http.Reply r = write.apply(i.getAndIncrement());
                w.requests.incrementAndGet();
                if (r.status() == 201 || r.status() == 200) {
                    w.ok.incrementAndGet();
                } else {
                    w.failures.add(r.toString());
                }
            }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
            return w;
        }

        void awaitMore(int n) {
            int target = requests.get() + n;
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> requests.get() >= target);
        }

        void awaitOk(int n) {
            int target = ok.get() + n;
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> ok.get() >= target);
        }

        int requests() {
            return requests.get();
        }

        int failures() {
            return failures.size();
        }

        List<String> failureSamples() {
            return failures.stream().limit(5).toList();
        }

        @Override
        public void close() {
            timer.shutdown();
            try {
                timer.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
