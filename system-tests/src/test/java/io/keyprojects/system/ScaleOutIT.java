package io.keyprojects.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.system.KillWindow.Moment;
import io.keyprojects.system.SteadyLoad.Kind;
import io.keyprojects.system.SteadyLoad.Outcome;
import io.keyprojects.testing.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one machine ({@link ScaledSystem}): two of projects-service, issues-service,
 * assessment-service and notifications-service, two gateways. A department's endpoint (a {@link WebhookReceiver} in
 * this JVM) subscribes to its unit's project-registered, issue-reported, issue-overdue and issue-escalated events.
 * Writes at {@value #WRITES_PER_SECOND} a second through both gateways (and reads through the other one) while one
 * instance of each service is killed with {@code kill -9}, all four at once, and started again. Then:
 * <ul>
 * <li>only requests the kill could have hit fail ({@link KillWindow}: in flight at the kill, or sent before the gateways
 *     had two seconds to eject the dead instances) — every failure is classified and counted, and none may fall
 *     before or after;</li>
 * <li>every acknowledged write (project, blocker) is stored, and reads back through both gateways;</li>
 * <li>every event the outboxes published reached each consumer (issues-service's project projection,
 *     assessment-service's event log, notifications-service's forwarding) once: the inboxes hold every event id,
 *     issues-service's projection holds one row per project, assessment-service's facts count exactly the unit's
 *     projects and blockers, the unit's inbox holds one overdue and one escalation notification per blocker;</li>
 * <li>the webhook queue, worked by both notifications-service instances, delivered every event the endpoint subscribed
 *     to, signed, with its event id as {@code webhook-id}, and each once but for what the design allows. Delivery is
 *     at-least-once with the event id as the receiver's idempotency key (docs/design.md): an instance killed between
 *     calling the receiver and recording the answer leaves its delivery to be sent again when its lease ends. So a
 *     repeated {@code webhook-id} passes only for a delivery the queue shows taken without an outcome recorded and
 *     whose first call arrived before the kill ended, one repeat per such lost take ({@link WebhookTally}); any other
 *     repeat fails the test;</li>
 * <li>the scheduled jobs did their work once across the instances: the SLA sweep (every second on both issues-service
 *     instances) announced each overdue blocker once and escalated it once; the scheduled bulletin (every two seconds on
 *     both assessment-service instances) exists once for its period.</li>
 * </ul>
 * The figures go to {@code target/scale-out-summary.md}, copied into docs/fault-suite.md.
 */
class ScaleOutIT {
    /** Low enough that ten JVMs on a shared 2-core machine keep up (at 20 a second they did not: 504s). */
    static final int WRITES_PER_SECOND = 6;
    private static final Duration CONVERGE = Duration.ofSeconds(90);
    /** Longer than the gateways' upstream timeout, so a slow answer is the gateway's 504, not the client giving up. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(90);
    /** A restart takes about 20 s on a quiet 2-core machine; 200 s was seen at a load average of 70 (class loading starved of CPU). */
    private static final Duration RESTART = Duration.ofSeconds(300);
    /** What the department's endpoint subscribes to: every write of the load and both jobs' announcements. */
    private static final List<EventType> SUBSCRIBED = List.of(EventType.PROJECT_REGISTERED, EventType.ISSUE_REPORTED,
            EventType.ISSUE_OVERDUE, EventType.ISSUE_ESCALATED);
    private static ScaledSystem system;
    private static WebhookReceiver receiver;
    private static String commander;
    private static String auditor;

    @BeforeAll
    static void start() throws Exception {
        system = ScaledSystem.start();
        receiver = WebhookReceiver.start();
        commander = Http.token("commander", null);
        auditor = Http.token("auditor", null);
    }

    @AfterAll
    static void stop() {
        if (receiver != null) {
            receiver.close();
        }
        if (system != null) {
            system.stop();
        }
    }

    @Test
    void one_instance_of_each_service_killed_under_load_loses_nothing_applies_nothing_twice_delivers_each_webhook_once_and_fails_only_what_the_kill_hit()
            throws Exception {
        long started = System.nanoTime();
        List<Http> gateways = system.gateways().stream().map(g -> new Http(g.url(), CLIENT_TIMEOUT)).toList();
        String unit = newUnit(gateways.get(0));
        String endpoint = subscribe(gateways.get(1), unit);
        List<String> seedProjects = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            seedProjects.add(registerProject(gateways.get(i % 2), unit, "seed-" + i));
        }
        await().atMost(CONVERGE).pollInterval(Duration.ofMillis(250)).until(() ->
                system.count("issues", "SELECT count(*) FROM project_projection WHERE lead_unit = '" + unit + "'") == seedProjects.size());
        // overdue well past the SLA's 3-day grace: the sweep announces each blocker as overdue and escalates it
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10);

        List<ServiceProcess> victims = List.of(system.projects().get(0), system.issues().get(0), system.assessment().get(0),
                system.notifications().get(0));
        KillWindow kill;
        List<Outcome> outcomes;
        List<String> kills;
        int skipped;
        try (SteadyLoad load = SteadyLoad.start(gateways, WRITES_PER_SECOND, unit, seedProjects, commander, auditor, due)) {
            load.awaitAnswered(20); // the load flowing: projects, blockers and reads answered through both gateways
            RotationLog rotation = new RotationLog(system.gateways());
            long killStarted = rotation.mark();
            for (ServiceProcess victim : victims) {
                victim.kill(); // SIGKILL, returns once the process is gone
            }
            kill = new KillWindow(killStarted, System.nanoTime());
            for (ServiceProcess victim : victims) {
                victim.startAgain();
            }
            for (ServiceProcess victim : victims) {
                victim.awaitReady(RESTART);
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> victims.stream().allMatch(v -> rotation.readmittedEverywhere(v).isPresent()));
            load.awaitAnswered(20); // the restarted instances back in rotation and taking their share
            load.stopAndDrain();
            outcomes = load.outcomes();
            skipped = load.skipped();
            kills = victims.stream().map(v -> "%s out of both gateways' rotation %.2f s after the kill, started again after %.1f s, back in both %.2f s after its start"
                    .formatted(v.name(), seconds(killStarted, rotation.ejectedEverywhere(v)), seconds(killStarted, rotation.startedAgain(v)),
                            seconds(rotation.startedAgain(v), rotation.readmittedEverywhere(v)))).toList();
        }

        // what failed, and when
        Map<Moment, List<Outcome>> failed = new EnumMap<>(Moment.class);
        Map<Moment, Integer> all = new EnumMap<>(Moment.class);
        for (Outcome o : outcomes) {
            Moment m = kill.of(o.sentAt(), o.answeredAt());
            all.merge(m, 1, Integer::sum);
            if (!o.ok()) {
                failed.computeIfAbsent(m, k -> new ArrayList<>()).add(o);
            }
        }
        List<Outcome> unexcused = failed.entrySet().stream().filter(e -> !KillWindow.excused(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
        int mayFail = all.getOrDefault(Moment.IN_FLIGHT, 0) + all.getOrDefault(Moment.EJECTION_WINDOW, 0);

        // every acknowledged write is stored, and reads back through both gateways
        List<String> projects = new ArrayList<>(seedProjects);
        projects.addAll(acknowledged(outcomes, Kind.PROJECT));
        List<String> blockers = acknowledged(outcomes, Kind.BLOCKER);
        Set<String> storedProjects = new HashSet<>(system.strings("projects", "SELECT id::text FROM project WHERE lead_unit = '" + unit + "'"));
        Set<String> storedBlockers = new HashSet<>(system.strings("issues", "SELECT id::text FROM issue WHERE responsible_unit = '" + unit + "'"));
        List<String> lostWrites = new ArrayList<>(projects.stream().filter(id -> !storedProjects.contains(id)).toList());
        lostWrites.addAll(blockers.stream().filter(id -> !storedBlockers.contains(id)).toList());
        int readBack = 0;
        int unreadable = 0;
        for (Http gateway : gateways) {
            for (String id : sample(projects)) {
                int status = gateway.get("/api/projects/" + id, commander).status();
                readBack++;
                unreadable += status == 200 ? 0 : 1;
            }
            for (String id : sample(blockers)) {
                int status = gateway.get("/api/issues/" + id, commander).status();
                readBack++;
                unreadable += status == 200 ? 0 : 1;
            }
        }

        // every event reached each consumer, once
        await().atMost(CONVERGE).pollInterval(Duration.ofMillis(500)).until(() ->
                system.count("projects", "SELECT count(*) FROM outbox_event WHERE status <> 'PUBLISHED'") == 0
                        && system.count("issues", "SELECT count(*) FROM outbox_event WHERE status <> 'PUBLISHED'") == 0
                        && missing(Ledger.ISSUES_CONSUMER, "issues", "projects") == 0
                        && missing(Ledger.ASSESSMENT_CONSUMER, "assessment", "projects", "issues") == 0
                        && notificationsMissing() == 0
                        && FaultSuiteIT.facts(gateways.get(1), auditor, unit).equals(new FaultSuiteIT.Facts(storedProjects.size(), storedBlockers.size())));
        long projectEvents = system.count("projects", "SELECT count(*) FROM outbox_event");
        long issueEvents = system.count("issues", "SELECT count(*) FROM outbox_event");
        long lostEvents = missing(Ledger.ISSUES_CONSUMER, "issues", "projects") + missing(Ledger.ASSESSMENT_CONSUMER, "assessment", "projects", "issues")
                + notificationsMissing();
        long projectionRows = system.count("issues", "SELECT count(*) FROM project_projection WHERE lead_unit = '" + unit + "'");
        FaultSuiteIT.Facts expected = new FaultSuiteIT.Facts(storedProjects.size(), storedBlockers.size());
        List<FaultSuiteIT.Facts> factsSeen = gateways.stream().map(g -> FaultSuiteIT.facts(g, auditor, unit)).toList();
        long appliedTwice = Math.abs(projectionRows - storedProjects.size())
                + factsSeen.stream().mapToLong(f -> Math.abs(f.projectsLed() - expected.projectsLed()) + Math.abs(f.blockersReported() - expected.blockersReported())).sum();

        // the jobs did their work once: each overdue blocker announced once and escalated once, one bulletin for the period
        String ofUnit = "issue_id IN (SELECT id FROM issue WHERE responsible_unit = '" + unit + "')";
        await().atMost(CONVERGE).pollInterval(Duration.ofMillis(500)).until(() ->
                system.count("issues", "SELECT count(DISTINCT issue_id) FROM issue_history WHERE action = 'OVERDUE' AND " + ofUnit) == storedBlockers.size()
                        && system.count("issues", "SELECT count(DISTINCT issue_id) FROM issue_history WHERE actor = 'system' AND to_status = 'ESCALATED' AND " + ofUnit) == storedBlockers.size());
        long announced = system.count("issues", "SELECT count(*) FROM issue_history WHERE action = 'OVERDUE' AND " + ofUnit);
        long overdueEvents = system.count("issues", "SELECT count(*) FROM outbox_event WHERE event_type = '" + EventType.ISSUE_OVERDUE.typeName()
                + "' AND event_key IN (SELECT id::text FROM issue WHERE responsible_unit = '" + unit + "')");
        long escalated = system.count("issues", "SELECT count(*) FROM issue_history WHERE actor = 'system' AND to_status = 'ESCALATED' AND " + ofUnit);
        await().atMost(CONVERGE).pollInterval(Duration.ofMillis(500)).until(() -> system.count("assessment", "SELECT count(*) FROM bulletin WHERE scheduled") > 0);
        long bulletins = system.count("assessment", "SELECT count(*) FROM bulletin WHERE scheduled");
        long bulletinPeriods = system.count("assessment", "SELECT count(DISTINCT period) FROM bulletin WHERE scheduled");

        // the unit's inbox: one overdue and one escalation notification per blocker, whichever instance consumed the event
        String notes = "SELECT count(*) FROM notification WHERE unit = '" + unit + "' AND kind = ";
        await().atMost(CONVERGE).pollInterval(Duration.ofMillis(250)).until(() ->
                system.count("notifications", notes + "'SLA_OVERDUE'") >= storedBlockers.size()
                        && system.count("notifications", notes + "'ESCALATED'") >= storedBlockers.size());
        long overdueNotes = system.count("notifications", notes + "'SLA_OVERDUE'");
        long escalationNotes = system.count("notifications", notes + "'ESCALATED'");

        // the webhooks: every subscribed event of the unit delivered, each once but for what a lost take allows
        Set<String> subscribed = subscribedEvents(unit);
        await().atMost(CONVERGE).pollInterval(Duration.ofMillis(250)).until(() ->
                receiver.calls().stream().map(WebhookReceiver.Call::id).collect(Collectors.toSet()).containsAll(subscribed)
                        && system.count("notifications", "SELECT count(*) FROM webhook_delivery WHERE status = 'PENDING' AND endpoint_id = '" + endpoint + "'") == 0);
        WebhookTally webhooks = WebhookTally.of(subscribed, receiver.calls(), queued(endpoint), kill.killEnded());
        long failedAttempts = system.count("notifications", "SELECT count(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id"
                + " WHERE d.endpoint_id = '" + endpoint + "' AND (a.status_code IS NULL OR a.status_code NOT BETWEEN 200 AND 299)");
        long failedDeliveries = system.count("notifications", "SELECT count(*) FROM webhook_delivery WHERE status = 'FAILED' AND endpoint_id = '" + endpoint + "'");

        long writes = outcomes.stream().filter(Outcome::write).count();
        long reads = outcomes.size() - writes;
        String figures = ("%d writes (%d projects, %d blockers) and %d reads at %d writes/s over both gateways (upstream timeout %s; "
                + "%d ticks skipped while %d requests were unanswered); "
                + "%d requests may fail by the rule (%d in flight at the kill, %d sent in the %d s ejection window), %d failed: %s; "
                + "killed at once: %s; acknowledged %d projects and %d blockers, all stored (%d lost), %d of %d read back through both gateways; "
                + "events %d of projects-service and %d of issues-service, every one in issues-service's, assessment-service's and notifications-service's inbox (%d missing), "
                + "projection rows %d for %d projects, facts through both gateways %s for %s; "
                + "jobs: %d blockers overdue, announced %d times (%d issue-overdue events) and escalated %d times by the SLA sweep on 2 instances; "
                + "%d scheduled bulletin(s) for %d period(s); "
                + "unit inbox: %d overdue and %d escalation notifications for %d blockers; "
                + "webhooks (queue worked by 2 notifications-service instances): %d events subscribed, %d delivered with their webhook-id "
                + "(%d missing, %d not subscribed), %d calls, %d repeated of which %d allowed by the rule (%d takes lost with the killed instance), "
                + "%d unsigned; %d attempts failed, %d deliveries failed").formatted(
                writes, outcomes.stream().filter(o -> o.kind() == Kind.PROJECT).count(), outcomes.stream().filter(o -> o.kind() == Kind.BLOCKER).count(),
                reads, WRITES_PER_SECOND, ScaledSystem.UPSTREAM_TIMEOUT, skipped, SteadyLoad.MAX_OUTSTANDING,
                mayFail, all.getOrDefault(Moment.IN_FLIGHT, 0), all.getOrDefault(Moment.EJECTION_WINDOW, 0), KillWindow.EJECTION.toSeconds(),
                failed.values().stream().mapToInt(List::size).sum(), describe(failed),
                String.join("; ", kills), projects.size(), blockers.size(), lostWrites.size(), readBack - unreadable, readBack,
                projectEvents, issueEvents, lostEvents, projectionRows, storedProjects.size(), factsSeen, expected,
                storedBlockers.size(), announced, overdueEvents, escalated, bulletins, bulletinPeriods,
                overdueNotes, escalationNotes, storedBlockers.size(),
                webhooks.expected(), webhooks.delivered(), webhooks.missing(), webhooks.unexpected(), webhooks.calls(), webhooks.repeats(),
                webhooks.allowed(), webhooks.lostTakes(), webhooks.unsigned(), failedAttempts, failedDeliveries);
        write(outcomes.size() + readBack, failed.values().stream().mapToInt(List::size).sum(), lostWrites.size() + lostEvents + webhooks.missing(),
                appliedTwice + (announced - storedBlockers.size()) + (overdueEvents - storedBlockers.size()) + (escalated - storedBlockers.size())
                        + (bulletins - bulletinPeriods) + (overdueNotes - storedBlockers.size()) + (escalationNotes - storedBlockers.size())
                        + webhooks.duplicates(),
                Duration.ofNanos(System.nanoTime() - started), figures);

        assertEquals(List.of(), unexcused.stream().map(o -> o.kind() + " " + o.status() + " " + o.detail()).toList(),
                "only requests the kill could have hit fail (in flight at it, or sent in the ejection window)");
        assertEquals(List.of(), lostWrites, "every acknowledged write is stored");
        assertEquals(0, unreadable, "acknowledged writes read back through both gateways");
        assertEquals(0, lostEvents, "every event reaches both consumers");
        assertEquals(storedProjects.size(), projectionRows, "issues-service's projection: one row per project");
        factsSeen.forEach(f -> assertEquals(expected, f, "the assessment's facts count every project and blocker once"));
        assertEquals(storedBlockers.size(), announced, "the SLA sweep announced each overdue blocker once");
        assertEquals(storedBlockers.size(), overdueEvents, "one issue-overdue event per overdue blocker");
        assertEquals(storedBlockers.size(), escalated, "the SLA sweep escalated each blocker once");
        assertEquals(bulletinPeriods, bulletins, "one scheduled bulletin per period");
        assertEquals(storedBlockers.size(), overdueNotes, "one overdue notification per blocker in the unit's inbox");
        assertEquals(storedBlockers.size(), escalationNotes, "one escalation notification per blocker in the unit's inbox");
        assertEquals(storedProjects.size() + 3L * storedBlockers.size(), webhooks.expected(),
                "the endpoint's events: one per project, three per blocker (reported, overdue, escalated)");
        assertEquals(0, webhooks.missing(), "every subscribed event reaches the endpoint");
        assertEquals(0, webhooks.unexpected(), "only the subscribed events of the unit reach the endpoint");
        assertEquals(0, webhooks.duplicates(), "each event is delivered once, but for a delivery whose take the kill lost");
        assertEquals(0, webhooks.unsigned(), "every call is signed with the endpoint's secret");
        assertEquals(0, failedDeliveries, "no delivery given up");
        assertTrue(blockers.size() > 0 && projects.size() > seedProjects.size(), "the load wrote through the kill");
    }

    private static String newUnit(Http gateway) {
        String unit = "SO" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        Http.Reply created = gateway.post("/api/units", commander, "{\"code\":\"" + unit + "\",\"name\":\"扩容测试单位\",\"kind\":\"BUREAU\"}");
        assertEquals(201, created.status(), created.toString());
        await().atMost(CONVERGE).pollInterval(Duration.ofMillis(200)).until(() ->
                system.count("issues", "SELECT count(*) FROM known_unit WHERE code = '" + unit + "'") == 1
                        && system.count("assessment", "SELECT count(*) FROM known_unit WHERE code = '" + unit + "'") == 1);
        return unit;
    }

    /** A department's endpoint of {@code unit} for {@link #SUBSCRIBED}; the receiver trusts its secret. Answers its id. */
    private static String subscribe(Http gateway, String unit) {
        String types = SUBSCRIBED.stream().map(t -> "\"" + t.typeName() + "\"").collect(Collectors.joining(","));
        Http.Reply r = gateway.post("/api/webhooks", Http.token("department", unit),
                "{\"url\": \"" + receiver.url() + "\", \"description\": \"扩容测试接收端\", \"eventTypes\": [" + types + "], \"scope\": \"UNIT\"}");
        assertEquals(201, r.status(), r.toString());
        receiver.trust(JsonPath.from(r.body()).getString("secret"));
        return JsonPath.from(r.body()).getString("id");
    }

    /** The subscribed events of the unit's projects and blockers, as their producers' outboxes hold them. */
    private static Set<String> subscribedEvents(String unit) {
        String types = SUBSCRIBED.stream().filter(t -> t.topic().equals(Topics.ISSUES)).map(t -> "'" + t.typeName() + "'")
                .collect(Collectors.joining(","));
        Set<String> ids = new HashSet<>(system.strings("projects", "SELECT event_id::text FROM outbox_event WHERE event_type = '"
                + EventType.PROJECT_REGISTERED.typeName() + "' AND event_key IN (SELECT id::text FROM project WHERE lead_unit = '" + unit + "')"));
        ids.addAll(system.strings("issues", "SELECT event_id::text FROM outbox_event WHERE event_type IN (" + types
                + ") AND event_key IN (SELECT id::text FROM issue WHERE responsible_unit = '" + unit + "')"));
        return ids;
    }

    /** The endpoint's deliveries: how often each was taken, how many attempts were logged. */
    private static List<WebhookTally.Queued> queued(String endpoint) {
        return system.strings("notifications", "SELECT d.event_id || ' ' || d.attempts || ' ' || (SELECT count(*) FROM webhook_attempt a WHERE a.delivery_id = d.id)"
                        + " FROM webhook_delivery d WHERE d.endpoint_id = '" + endpoint + "'").stream()
                .map(row -> row.split(" "))
                .map(f -> new WebhookTally.Queued(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]))).toList();
    }

    /** Events of projects.events and issues.events that notifications-service's inbox lacks. */
    private static long notificationsMissing() {
        return missing("notifications-service.projects", "notifications", "projects") + missing("notifications-service.issues", "notifications", "issues");
    }

    private static String registerProject(Http gateway, String unit, String suffix) {
        Http.Reply r = gateway.post("/api/projects", commander, """
                {"code": "2026-%s-%s", "name": "城东污水处理厂扩建工程", "category": "ECOLOGY", "year": 2026,
                 "leadUnit": "%s", "plannedInvestment": "18000.00", "annualPlannedInvestment": "6000.00",
                 "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""".formatted(unit, suffix, unit));
        assertEquals(201, r.status(), r.toString());
        return JsonPath.from(r.body()).getString("id");
    }

    private static List<String> acknowledged(List<Outcome> outcomes, Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind && o.status() == 201).map(Outcome::id).toList();
    }

    /** Seconds from {@code from} to {@code to} (test clock), at least 0; -1 when either was not seen. */
    private static double seconds(long from, OptionalLong to) {
        return seconds(OptionalLong.of(from), to);
    }

    private static double seconds(OptionalLong from, OptionalLong to) {
        return from.isEmpty() || to.isEmpty() ? -1 : Math.max(0, to.getAsLong() - from.getAsLong()) / 1e9;
    }

    /** Up to 30 ids, spread over the run (before, around and after the kill). */
    private static List<String> sample(List<String> ids) {
        int step = Math.max(1, ids.size() / 30);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += step) {
            sample.add(ids.get(i));
        }
        return sample;
    }

    /** Events the producers' outboxes hold for {@code topics} that {@code consumer}'s inbox in {@code database} lacks. */
    private static long missing(String consumer, String database, String... producers) {
        Set<String> seen = new HashSet<>(system.strings(database, "SELECT event_id FROM processed_event WHERE consumer = '" + consumer + "'"));
        long missing = 0;
        for (String producer : producers) {
            missing += system.strings(producer, "SELECT event_id::text FROM outbox_event WHERE topic = '" + producer + ".events'").stream()
                    .filter(id -> !seen.contains(id)).count();
        }
        return missing;
    }

    /** "3 in flight at the kill (PROJECT 503 …)" per moment, with the statuses seen. */
    private static String describe(Map<Moment, List<Outcome>> failed) {
        if (failed.isEmpty()) {
            return "none";
        }
        return failed.entrySet().stream().map(e -> e.getValue().size() + " " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                        + e.getValue().stream().collect(Collectors.groupingBy(o -> o.kind() + " " + (o.status() == 0 ? "no answer" : o.status()),
                                TreeMap::new, Collectors.counting())))
                .collect(Collectors.joining(", "));
    }

    private static void write(long requests, long failures, long lost, long duplicates, Duration time, String figures) throws IOException {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String row = "| 8 one instance of each service kill -9 under load (2 × projects-service, issues-service, assessment-service, notifications-service; 2 gateways) | %d | %d | %d | %d | %.1f s | %s |"
                .formatted(requests, failures, lost, duplicates, time.toMillis() / 1000.0, figures);
        System.out.println("[scale-out] " + row);
        Path summary = Path.of(System.getProperty("java.io.tmpdir"), "scale-out-summary.md");
        Files.writeString(summary, "Written by `system-tests` (`ScaleOutIT`) on " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, load average " + String.format(Locale.ROOT, "%.1f", load)
                + "; the system (PostgreSQL, Kafka, 8 service instances, 2 gateways) was up in "
                + String.format(Locale.ROOT, "%.1f", system.startedIn().toMillis() / 1000.0) + " s.\n\n"
                + "| scenario | requests | failures | lost | duplicates applied | time | figures |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | --- |\n" + row + "\n");
    }
}
