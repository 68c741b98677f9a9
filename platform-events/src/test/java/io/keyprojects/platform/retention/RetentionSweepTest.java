package io.keyprojects.platform.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.platform.testapp.PlatformTestResource;
import io.keyprojects.platform.testapp.Rows;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retention: what is no longer needed goes, in one instance at a time; nothing that is still needed does. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class RetentionSweepTest {
    /** A real topic nobody reads as events: the relay may publish the test's pending row there. */
    private static final String TOPIC = "projects.events.dlq";
    @Inject
    AgroalDataSource dataSource;
    @Inject
    RetentionSweep sweep;

    private UUID outboxRow(String status, Integer publishedDaysAgo) {
        UUID id = UUID.randomUUID();
        new Rows(dataSource).update("INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, status, published_at, created_at)"
                + " VALUES (?, ?, 'k', 't', '{}', ?, now() - make_interval(days => ?), now() - interval '30 days')",
                id, TOPIC, status, publishedDaysAgo == null ? 0 : publishedDaysAgo);
        if (publishedDaysAgo == null) {
            new Rows(dataSource).update("UPDATE outbox_event SET published_at = NULL WHERE event_id = ?", id);
        }
        return id;
    }

    private String idempotencyRecord(int daysAgo) {
        String key = UUID.randomUUID().toString();
        new Rows(dataSource).update("INSERT INTO idempotency_record (caller, idem_key, fingerprint, status, created_at)"
                + " VALUES ('test', ?, 'f', 201, now() - make_interval(days => ?))", key, daysAgo);
        return key;
    }

    private String statusOf(UUID id) {
        return new Rows(dataSource).text("SELECT status FROM outbox_event WHERE event_id = ?", id);
    }

    private long idempotencyRecords(String key) {
        return new Rows(dataSource).count("SELECT count(*) FROM idempotency_record WHERE idem_key = ?", key);
    }

    @Test
    void published_rows_and_idempotency_records_older_than_their_retention_go_and_nothing_else_does() throws Exception {
        UUID old = outboxRow("PUBLISHED", 8), recent = outboxRow("PUBLISHED", 1);
        UUID failed = outboxRow("FAILED", null), pending = outboxRow("PENDING", null); // the relay may publish it: then it is recent
        String oldKey = idempotencyRecord(8), recentKey = idempotencyRecord(1);

        RetentionSweep.Purged purged = sweep.sweep().orElseThrow();

        assertTrue(purged.publishedEvents() >= 1 && purged.idempotencyRecords() >= 1, purged.toString());
        assertNull(statusOf(old));
        assertEquals("PUBLISHED", statusOf(recent));
        assertEquals("FAILED", statusOf(failed));
        assertNotNull(statusOf(pending));
        assertEquals(0, idempotencyRecords(oldKey));
        assertEquals(1, idempotencyRecords(recentKey));
    }

    /** Another instance sweeping holds the job's lock: this one skips and deletes nothing. */
    @Test
    void an_instance_skips_the_sweep_while_another_one_runs_it() throws Exception {
        UUID old = outboxRow("PUBLISHED", 8);
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.createStatement().execute("SELECT pg_advisory_lock(27504, hashtext('retention-sweep'))");
            assertTrue(sweep.sweep().isEmpty());
            assertEquals("PUBLISHED", statusOf(old));
            otherInstance.createStatement().execute("SELECT pg_advisory_unlock(27504, hashtext('retention-sweep'))");
        }
        assertTrue(sweep.sweep().isPresent());
        assertNull(statusOf(old));
    }
}
