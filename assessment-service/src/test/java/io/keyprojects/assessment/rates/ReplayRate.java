package io.keyprojects.assessment.rates;

import static org.awaitility.Awaitility.await;

import io.keyprojects.assessment.facts.FactEvent;
import io.keyprojects.assessment.facts.FactSet;
import io.keyprojects.assessment.support.Feed;
import io.keyprojects.assessment.support.GeneratedEvents;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 probe, run on demand only ({@code -Dtest=ReplayRate}, not part of the build): how fast stored
 * events are replayed, in memory and through {@code POST /api/assessments/recompute}. Prints figures; asserts none.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class ReplayRate {
    private static final int EVENTS = Integer.getInteger("kp.rate.events", 200_000);

    @Test
    void replay() throws Exception {
        List<GeneratedEvents.Generated> events = GeneratedEvents.of(EVENTS, 2026);
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            FactSet facts = new FactSet(ZoneId.of("Asia/Shanghai"));
            events.forEach(e -> facts.apply(FactEvent.stored(e.value())));
            report("in memory, round " + round, events.size(), System.nanoTime() - t0);
        }
        try (var c = Feed.db(); var st = c.prepareStatement("""
                INSERT INTO consumed_event (event_id, event_type, subject, event_time, payload) VALUES (?, ?, ?, ?, ?)""")) {
            int n = 0;
            for (var e : events) {
                var ce = EventJson.read(e.value());
                st.setString(1, ce.id());
                st.setString(2, ce.type());
                st.setString(3, ce.subject());
                st.setTimestamp(4, java.sql.Timestamp.from(ce.time()));
                st.setString(5, e.value());
                st.addBatch();
                if (++n % 2000 == 0) {
                    st.executeBatch();
                }
            }
            st.executeBatch();
        }
        for (int fetch : new int[] {500, 5000}) {
            long t0 = System.nanoTime();
            long rows = 0;
            try (var c = Feed.db()) {
                c.setAutoCommit(false);
                try (var st = c.prepareStatement("SELECT payload FROM consumed_event WHERE received_at <= ? ORDER BY seq")) {
                    st.setFetchSize(fetch);
                    st.setTimestamp(1, java.sql.Timestamp.from(Instant.now()));
                    var rs = st.executeQuery();
                    while (rs.next()) {
                        rows += rs.getString(1).length() > 0 ? 1 : 0;
                    }
                }
                c.commit();
            }
            report("JDBC read only, fetch size " + fetch, rows, System.nanoTime() - t0);
        }
        for (int round = 1; round <= 2; round++) {
            String asOf = Instant.now().toString();
            long t0 = System.nanoTime();
            String id = Feed.as("auditor").queryParam("period", "2026").queryParam("asOf", asOf)
                    .post("/api/assessments/recompute").then().statusCode(202).extract().path("id");
            // polled in the database: the job's result (every unit's card) is large, and reading it would load this machine
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> !"RUNNING".equals(job(id)[0]));
            String[] job = job(id);
            report("POST /recompute (" + job[0] + "), round " + round, Long.parseLong(job[1]), System.nanoTime() - t0);
        }
        liveRanking();
    }

    private static void liveRanking() {
        for (int round = 1; round <= 2; round++) {
            long t0 = System.nanoTime();
            int units = Feed.as("auditor").queryParam("period", "2026").get("/api/assessments")
                    .then().statusCode(200).extract().path("entries.size()");
            long events = stored();
            report("GET /api/assessments (provisional, " + units + " units), round " + round, events, System.nanoTime() - t0);
        }
    }

    private static long stored() {
        try (var c = Feed.db(); var rs = c.createStatement().executeQuery("SELECT count(*) FROM consumed_event")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] job(String id) throws Exception {
        try (var c = Feed.db(); var st = c.prepareStatement("SELECT status, processed FROM recompute_job WHERE id = ?::uuid")) {
            st.setString(1, id);
            var rs = st.executeQuery();
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    static void report(String what, long events, long nanos) {
        System.out.printf("RATE %s: %,d events in %,d ms = %,.0f events/s%n", what, events, nanos / 1_000_000, events * 1e9 / nanos);
    }
}
