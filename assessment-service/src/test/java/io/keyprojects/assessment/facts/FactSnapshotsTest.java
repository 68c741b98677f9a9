package io.keyprojects.assessment.facts;

import static io.keyprojects.assessment.facts.FactSnapshotFormatTest.assertSameState;
import static io.keyprojects.assessment.support.Feed.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.ruleset.DefaultRulesets;
import io.keyprojects.assessment.scoring.Evaluation;
import io.keyprojects.assessment.support.Feed;
import io.keyprojects.assessment.support.RandomFactEvents;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A start from a stored snapshot of the facts and the events after it gives what a replay of the whole log gives, on a real
 * PostgreSQL: for the live ranking, for the facts as of a past instant and for a recompute; a snapshot this code cannot
 * read is never read; a write that dies before its commit leaves the previous snapshot in use.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class FactSnapshotsTest {
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    @Inject
    EventLog log;
    @Inject
    FactSnapshotSchedule schedule;

    @BeforeEach
    void aFreshStart() {
        log.forget();
    }

    /** Stores events as the inbox does: under the log's writers lock, stamped with the database's clock, in order. */
    private static void stored(List<CloudEvent> events) throws SQLException {
        try (Connection c = Feed.db()) {
            c.setAutoCommit(false);
            try (var lock = c.prepareStatement("SELECT pg_advisory_xact_lock(" + 0x6b706c6f67L + ")")) {
                lock.execute();
            }
            try (var st = c.prepareStatement("""
                    INSERT INTO consumed_event (event_id, event_type, subject, event_time, payload, received_at)
                    VALUES (?, ?, ?, ?, ?, clock_timestamp())""")) {
                for (CloudEvent e : events) {
                    st.setString(1, e.id());
                    st.setString(2, e.type());
                    st.setString(3, e.subject());
                    st.setTimestamp(4, Timestamp.from(e.time()));
                    st.setString(5, EventJson.write(e));
                    st.addBatch();
                }
                st.executeBatch();
            }
            c.commit();
        }
    }

    /** The facts of the whole log received by {@code asOf}, replayed from its start (what a recompute does). */
    private static FactSet replayedUpTo(Instant asOf) throws SQLException {
        FactSet facts = new FactSet(COUNTY);
        try (Connection c = Feed.db()) {
            EventLog.replay(c, asOf, facts, n -> { });
        }
        return facts;
    }

    private static Instant databaseNow() throws SQLException {
        try (Connection c = Feed.db(); var rs = c.createStatement().executeQuery("SELECT clock_timestamp()")) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    private static List<?> ranking(FactSet facts, int year, Instant asOf) {
        return Evaluation.of(facts, 0, AssessmentPeriod.parse(String.valueOf(year)), asOf, COUNTY, 1, DefaultRulesets.hundredPoints()).ranking();
    }

    private static long newestId() throws SQLException {
        try (Connection c = Feed.db()) {
            return FactSnapshots.newest(c, COUNTY).orElseThrow().id();
        }
    }

    @Test
    void a_start_from_a_snapshot_and_the_events_after_it_ranks_as_a_replay_of_the_whole_log() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            List<CloudEvent> events = RandomFactEvents.of(seed, 400, 2005, "A" + seed + UUID.randomUUID().toString().substring(0, 4));
            int split = 40 + (int) (seed * 70);
            stored(events.subList(0, split));
            assertTrue(schedule.take(1, "test"), "a snapshot is written");
            long snapshot = newestId();
            stored(events.subList(split, events.size()));

            log.forget(); // a restart
            Instant now = Instant.now();
            EventLog.Replayed resumed = log.factsAsOfBlocking(now, COUNTY);
            assertEquals(snapshot, newestId(), "nothing rewrote the snapshot meanwhile");
            FactSet whole = replayedUpTo(now);
            assertSameState(whole, resumed.facts(), "facts");
            assertEquals(ranking(whole, 2005, now), ranking(resumed.facts(), 2005, now));
            try (Connection c = Feed.db()) {
                assertEquals(EventLog.count(c, now), resumed.events());
            }
        }
    }

    @Test
    void a_snapshot_of_another_format_shape_zone_or_an_older_ruleset_is_discarded_and_rebuilt_never_read() throws Exception {
        stored(RandomFactEvents.of(11, 300, 2006, "B" + UUID.randomUUID().toString().substring(0, 4)));
        schedule.take(1, "test");
        byte[] wrong = FactSnapshotFormat.write(new FactSet(COUNTY)); // readable, but not these facts: read, it would show
        try (Connection c = Feed.db()) {
            // each a newer row than the good one, at the same position; each differs in one part of its identity
            for (String variant : List.of("version", "shape", "zone", "ruleset", "checksum")) {
                try (var st = c.prepareStatement("""
                        INSERT INTO fact_snapshot (format_version, shape, ruleset_version, time_zone, last_seq, last_received_at, events,
                                                   facts, facts_sha256)
                        SELECT format_version + ?, CASE WHEN ? THEN 'feedfeedfeedfeed' ELSE shape END, ruleset_version - ?,
                               CASE WHEN ? THEN 'UTC' ELSE time_zone END, last_seq, last_received_at, events, ?,
                               CASE WHEN ? THEN repeat('0', 64) ELSE ? END
                        FROM fact_snapshot WHERE id = ?""")) {
                    st.setInt(1, variant.equals("version") ? 1 : 0);
                    st.setBoolean(2, variant.equals("shape"));
                    st.setInt(3, variant.equals("ruleset") ? 1 : 0);
                    st.setBoolean(4, variant.equals("zone"));
                    st.setBytes(5, wrong);
                    st.setBoolean(6, variant.equals("checksum"));
                    st.setString(7, FactSnapshots.sha256(wrong));
                    st.setLong(8, newestId());
                    assertEquals(1, st.executeUpdate());
                }
            }
        }
        log.forget(); // a restart among strangers
        Instant now = Instant.now();
        assertSameState(replayedUpTo(now), log.factsAsOfBlocking(now, COUNTY).facts(), "facts after a start among strangers");

        // the good ones made under an older ruleset: discarded too; the start replays the whole log and writes a new one
        long good = newestId();
        try (Connection c = Feed.db(); var st = c.prepareStatement("UPDATE fact_snapshot SET ruleset_version = ruleset_version - 1")) {
            st.executeUpdate();
            assertEquals(Optional.empty(), FactSnapshots.newest(c, COUNTY));
        }
        log.forget();
        assertTrue(schedule.take(1, "start"), "rebuilt at once");
        long rebuilt = newestId();
        assertTrue(rebuilt > good);
        try (Connection c = Feed.db(); var rs = c.createStatement().executeQuery("SELECT count(*) FROM fact_snapshot")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the discarded ones are gone with the write");
        }
        log.forget();
        Instant later = Instant.now();
        assertSameState(replayedUpTo(later), log.factsAsOfBlocking(later, COUNTY).facts(), "facts from the rebuilt snapshot");
    }

    @Test
    void a_recompute_as_of_a_past_instant_after_a_start_from_a_newer_snapshot_reproduces_the_publication() throws Exception {
        String prefix = "C" + UUID.randomUUID().toString().substring(0, 4);
        List<CloudEvent> events = RandomFactEvents.of(21, 400, 2007, prefix);
        stored(events.subList(0, 250));
        var published = as("commander").post("/api/assessments/publications?period=2007").then().statusCode(201).extract();
        String asOf = published.path("asOf");
        String publication = published.path("publicationId");
        stored(events.subList(250, events.size())); // after the publication: the snapshot holds them, the past must not
        assertTrue(schedule.take(1, "test"));

        log.forget(); // a restart: the live facts resume from the snapshot, which is newer than the publication
        Instant past = Instant.parse(asOf);
        EventLog.Replayed then = log.factsAsOfBlocking(past, COUNTY);
        FactSet replayed = replayedUpTo(past);
        assertSameState(replayed, then.facts(), "facts as of the publication");
        assertEquals(ranking(replayed, 2007, past), ranking(then.facts(), 2007, past));
        try (Connection c = Feed.db()) {
            assertEquals(EventLog.count(c, past), then.events());
            assertTrue(EventLog.count(c, Instant.now()) > then.events(), "the later events are left out");
        }

        String job = as("auditor").post("/api/assessments/recompute?period=2007&asOf=" + asOf).then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("auditor").get("/api/assessments/recompute/" + job)
                .then().statusCode(200).body("status", equalTo("DONE")));
        as("auditor").get("/api/assessments/recompute/" + job).then()
                .body("result.comparedWith", equalTo(publication))
                .body("result.differences", equalTo(List.of()))
                .body("result.matchesPublication", equalTo(true));
    }

    @Test
    void a_write_that_dies_before_its_commit_leaves_the_previous_snapshot_in_use() throws Exception {
        List<CloudEvent> events = RandomFactEvents.of(31, 300, 2008, "D" + UUID.randomUUID().toString().substring(0, 4));
        stored(events.subList(0, 150));
        assertTrue(schedule.take(1, "test"));
        long previous = newestId();
        stored(events.subList(150, events.size()));
        EventLog.Replayed live = log.factsAsOfBlocking(Instant.now(), COUNTY);

        // the process dies after the insert and the pruning, before the commit: its connection goes with it
        try (Connection writer = Feed.db(); Connection killer = Feed.db()) {
            int pid;
            try (var rs = writer.createStatement().executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            assertThrows(SQLException.class, () -> FactSnapshots.save(writer, live, 1, () -> {
                try (var st = killer.prepareStatement("SELECT pg_terminate_backend(?)")) {
                    st.setInt(1, pid);
                    st.execute();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        assertEquals(previous, newestId(), "the previous snapshot is still the newest");
        // and an error inside the write rolls it back the same way
        try (Connection c = Feed.db()) {
            assertThrows(IllegalStateException.class, () -> FactSnapshots.save(c, live, 1, () -> {
                throw new IllegalStateException("no space left");
            }));
        }
        assertEquals(previous, newestId());

        log.forget();
        Instant now = Instant.now();
        assertSameState(replayedUpTo(now), log.factsAsOfBlocking(now, COUNTY).facts(), "facts from the previous snapshot and the tail");
    }

    @Test
    void a_newest_snapshot_whose_bytes_cannot_be_read_leaves_the_one_before_it_in_use() throws Exception {
        List<CloudEvent> events = RandomFactEvents.of(51, 300, 2010, "F" + UUID.randomUUID().toString().substring(0, 4));
        stored(events.subList(0, 120));
        assertTrue(schedule.take(1, "test"));
        long older = newestId();
        stored(events.subList(120, 220));
        assertTrue(schedule.take(1, "test"));
        long newer = newestId();
        assertTrue(newer > older);

        // its checksum holds (the bytes were stored so), but they are not a whole snapshot of this format
        byte[] whole = FactSnapshotFormat.write(log.factsAsOfBlocking(Instant.now(), COUNTY).facts());
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        try (Connection c = Feed.db(); var st = c.prepareStatement("UPDATE fact_snapshot SET facts = ?, facts_sha256 = ? WHERE id = ?")) {
            st.setBytes(1, cut);
            st.setString(2, FactSnapshots.sha256(cut));
            st.setLong(3, newer);
            assertEquals(1, st.executeUpdate());
            assertEquals(older, FactSnapshots.newest(c, COUNTY).orElseThrow().id(), "the one before it is read instead");
        }
        stored(events.subList(220, events.size()));

        log.forget(); // a restart
        Instant now = Instant.now();
        FactSet replayed = replayedUpTo(now);
        EventLog.Replayed resumed = log.factsAsOfBlocking(now, COUNTY);
        assertSameState(replayed, resumed.facts(), "facts from the snapshot before the unreadable one, and the events after it");
        assertEquals(ranking(replayed, 2010, now), ranking(resumed.facts(), 2010, now));
    }

    @Test
    void a_snapshot_whose_last_event_a_restored_log_no_longer_holds_is_a_strangers_and_never_read() throws Exception {
        String prefix = "E" + UUID.randomUUID().toString().substring(0, 4);
        List<CloudEvent> events = RandomFactEvents.of(41, 300, 2009, prefix);
        stored(events.subList(0, 200));
        assertTrue(schedule.take(1, "test"));
        long snapshot = newestId();

        // the log restored from a backup taken 50 events before the snapshot's position, then other events received since
        try (Connection c = Feed.db(); var st = c.prepareStatement("""
                DELETE FROM consumed_event WHERE seq > (SELECT last_seq FROM fact_snapshot WHERE id = ?) - 50""")) {
            st.setLong(1, snapshot);
            assertEquals(50, st.executeUpdate());
        }
        stored(RandomFactEvents.of(42, 100, 2009, prefix + "R"));
        try (Connection c = Feed.db()) {
            assertTrue(FactSnapshots.newest(c, COUNTY).map(FactSnapshots.Stored::id).filter(id -> id == snapshot).isEmpty(),
                    "the snapshot of the lost events is not used");
        }

        log.forget(); // a restart on the restored log
        Instant now = Instant.now();
        FactSet whole = replayedUpTo(now);
        EventLog.Replayed resumed = log.factsAsOfBlocking(now, COUNTY);
        assertSameState(whole, resumed.facts(), "facts after a start on the restored log");
        assertEquals(ranking(whole, 2009, now), ranking(resumed.facts(), 2009, now));
    }
}
