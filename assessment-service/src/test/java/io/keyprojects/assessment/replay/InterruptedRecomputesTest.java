package io.keyprojects.assessment.replay;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class InterruptedRecomputesTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    InterruptedRecomputes interrupted;

    @Test
    void a_job_whose_instance_stopped_is_marked_failed_and_one_still_running_elsewhere_is_left_alone() throws SQLException {
        UUID orphan = runningJob("5 minutes");   // its instance restarted: nobody holds its lock
        UUID elsewhere = runningJob("5 minutes"); // another instance runs it: its lock is held
        UUID justStarted = runningJob("1 second"); // its run has not taken the lock yet
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(true);
            InterruptedRecomputes.hold(otherInstance, elsewhere);
            try {
                assertTrue(interrupted.markFailed().contains(orphan));
            } finally {
                InterruptedRecomputes.release(otherInstance, elsewhere);
            }
        }
        given().header("Authorization", TestTokens.bearer(TestTokens.of("auditor", null)))
                .get("/api/assessments/recompute/{id}", orphan).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("error", equalTo(InterruptedRecomputes.INTERRUPTED));
        assertEquals("RUNNING", status(elsewhere));
        assertEquals("RUNNING", status(justStarted));
    }

    @Test
    void a_job_that_ran_to_its_end_released_its_lock_and_is_not_touched() throws SQLException {
        UUID done = runningJob("5 minutes");
        try (Connection c = dataSource.getConnection(); var st = c.prepareStatement(
                "UPDATE recompute_job SET status = 'DONE', finished_at = now() WHERE id = ?")) {
            st.setObject(1, done);
            st.executeUpdate();
        }
        interrupted.markFailed();
        assertEquals("DONE", status(done));
    }

    private UUID runningJob(String requestedAgo) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); var st = c.prepareStatement("""
                INSERT INTO recompute_job (id, period, as_of, status, requested_by, requested_at)
                VALUES (?, '2026', now(), 'RUNNING', 'auditor', now() - CAST(? AS interval))""")) {
            st.setObject(1, id);
            st.setString(2, requestedAgo);
            st.executeUpdate();
        }
        return id;
    }

    private String status(UUID job) throws SQLException {
        try (Connection c = dataSource.getConnection(); var st = c.prepareStatement("SELECT status FROM recompute_job WHERE id = ?")) {
            st.setObject(1, job);
            var rs = st.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }
}
