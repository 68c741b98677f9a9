package io.keyprojects.projects.events;

import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.newCode;
import static io.keyprojects.projects.Fixtures.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.retention.RetentionSweep;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox and the idempotency table shed what is no longer needed, and nothing that still is. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class RetentionTest {
    /** A real topic nobody reads as events: the relay may publish the test's pending row there. */
    private static final String TOPIC = Topics.PROJECTS + Topics.DEAD_LETTER_SUFFIX;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    RetentionSweep sweep;

    private void outboxRow(UUID id, String status, String publishedDaysAgo) throws SQLException {
        exec("INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, status, published_at, created_at)"
                + " VALUES ('" + id + "', '" + TOPIC + "', 'k', 't', '{}', '" + status + "', "
                + (publishedDaysAgo == null ? "NULL" : "now() - interval '" + publishedDaysAgo + " days'")
                + ", now() - interval '30 days')");
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String statusOf(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT status FROM outbox_event WHERE event_id = '" + id + "'")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Test
    void a_published_event_older_than_a_week_is_purged_but_recent_pending_and_failed_ones_stay() throws Exception {
        UUID old = UUID.randomUUID(), recent = UUID.randomUUID(), pending = UUID.randomUUID(), failed = UUID.randomUUID();
        outboxRow(old, "PUBLISHED", "8");
        outboxRow(recent, "PUBLISHED", "1");
        outboxRow(failed, "FAILED", null);
        outboxRow(pending, "PENDING", null); // the relay may publish it meanwhile: then it is recent

        sweep.sweep();

        assertNull(statusOf(old));
        assertEquals("PUBLISHED", statusOf(recent));
        assertEquals("FAILED", statusOf(failed));
        assertNotNull(statusOf(pending));
    }

    @Test
    void an_idempotency_key_older_than_its_retention_no_longer_replays_and_a_recent_one_still_does() throws Exception {
        units("ZJJ");
        String oldKey = UUID.randomUUID().toString(), recentKey = UUID.randomUUID().toString();
        String oldCode = newCode(), recentCode = newCode();
        commander().header("Idempotency-Key", oldKey).body(body(oldCode)).post("/api/projects").then().statusCode(201);
        commander().header("Idempotency-Key", recentKey).body(body(recentCode)).post("/api/projects").then().statusCode(201);
        exec("UPDATE idempotency_record SET created_at = now() - interval '8 days' WHERE idem_key = '" + oldKey + "'");

        sweep.sweep();

        // the recent key still answers with the first response; the purged one is a new request (the code is now taken)
        commander().header("Idempotency-Key", recentKey).body(body(recentCode)).post("/api/projects")
                .then().statusCode(201).header("Idempotency-Replayed", "true");
        commander().header("Idempotency-Key", oldKey).body(body(oldCode)).post("/api/projects").then().statusCode(409);
    }

    private static String body(String code) {
        return """
                {"code": "%s", "name": "城西小学新建工程", "category": "PUBLIC_SERVICE", "year": 2026, "leadUnit": "ZJJ",
                 "plannedStart": "2026-04-01", "plannedEnd": "2027-08-31"}""".formatted(code);
    }
}
