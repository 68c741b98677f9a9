package io.keyprojects.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.platform.testapp.PlatformTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import io.keyprojects.testing.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two instances, one runs: the contract of the platform's job lock. Each "instance" here is what PostgreSQL sees
 * of one: its own connection (session) or its own transaction on the same database.
 */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class SingleInstanceJobsTest {
    @Inject
    SingleInstanceJobs jobs;
    @Inject
    AgroalDataSource dataSource;

    private static String job() {
        return "test-job-" + UUID.randomUUID();
    }

    private boolean otherInstanceCanLock(String job) throws SQLException {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try {
                return SingleInstanceJobs.tryLock(other, job);
            } finally {
                other.rollback();
            }
        }
    }

    @Test
    void while_one_instance_runs_a_blocking_job_another_skips_it_and_runs_it_afterwards() throws Exception {
        String job = job();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return jobs.blocking(job, connection -> {
                    running.countDown();
                    await(finish);
                    return "first";
                });
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(running.await(30, TimeUnit.SECONDS));
        AtomicInteger secondRuns = new AtomicInteger();

        assertEquals(Optional.empty(), jobs.blocking(job, connection -> secondRuns.incrementAndGet()));
        assertFalse(otherInstanceCanLock(job));

        finish.countDown();
        assertEquals(Optional.of("first"), first.get(30, TimeUnit.SECONDS));
        assertEquals(0, secondRuns.get());
        assertEquals(Optional.of(1), jobs.blocking(job, connection -> secondRuns.incrementAndGet()));
    }

    @Test
    void a_reactive_job_holds_the_lock_for_its_transaction_and_skips_while_another_instance_holds_it() throws Throwable {
        String job = job();
        CompletableFuture<String> gate = new CompletableFuture<>();
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return VertxContextSupport.subscribeAndAwait(() -> jobs.inTransaction(job, () -> {
                    Context context = Vertx.currentContext(); // the transaction goes on where it began
                    return Uni.createFrom().completionStage(gate).emitOn(task -> context.runOnContext(ignored -> task.run()));
                }));
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !otherInstanceCanLock(job));

        assertEquals(Optional.empty(), VertxContextSupport.subscribeAndAwait(() -> jobs.inTransaction(job,
                () -> Uni.createFrom().item("second"))));

        gate.complete("first");
        assertEquals(Optional.of("first"), first.get(30, TimeUnit.SECONDS));
        assertTrue(otherInstanceCanLock(job), "released when the transaction ended");
        assertEquals(Optional.of("again"), VertxContextSupport.subscribeAndAwait(() -> jobs.inTransaction(job,
                () -> Uni.createFrom().item("again"))));
    }

    @Test
    void an_instance_that_dies_holding_the_lock_does_not_block_the_others() throws Exception {
        String job = job();
        TestInfrastructure infra = TestInfrastructure.shared();
        Connection dying = DriverManager.getConnection(infra.jdbcUrl(PlatformTestResource.DATABASE), infra.dbUser(), infra.dbPassword());
        dying.createStatement().execute("SELECT pg_advisory_lock(27504, hashtext('" + job + "'))");
        assertEquals(Optional.empty(), jobs.blocking(job, connection -> "skipped"));

        dying.close(); // its session ends, as a killed instance's does; the server lets go as the backend exits

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jobs.blocking(job, connection -> "ran"), Optional.of("ran")::equals);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
