package io.keyprojects.gateway.resilience;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway over several instances of a service (real HTTP servers on their own ports): round-robin, a dead or
 * unready instance out of rotation within 2 s, back within 2 s of being ready, reads retried on the other instance,
 * writes only when their connection was refused.
 */
@QuarkusTest
@WithTestResource(ServiceInstancesResource.class)
class InstanceBalancingTest {
    private static final String COMMANDER = TestTokens.bearer(TestTokens.commander());
    private static final Duration WITHIN_TWO_SECONDS = Duration.ofSeconds(2);
    @Inject
    InstancePools pools;

    /**
     * Housekeeping, not a rule: the next test starts with both instances in rotation. A test that dropped connections
     * may have opened A's circuit; on a loaded machine the health checks that close it can time out a few times, so
     * this waits long — the 2 s bounds are asserted by the tests themselves.
     */
    @AfterEach
    void everyInstanceBackInRotation() {
        ServiceInstancesResource.ready("A", true);
        ServiceInstancesResource.ready("B", true);
        await().atMost(Duration.ofSeconds(60)).until(() -> inRotation("A") && inRotation("B"));
    }

    @Test
    void reads_are_spread_over_both_instances() {
        assertEquals(Set.of("A", "B"), servedBy(10));
    }

    @Test
    void a_stopped_instance_is_out_at_once_and_back_within_two_seconds_of_being_ready() {
        ServiceInstancesResource.stopInstance("B");
        try {
            // writes too: the first one that finds B's port closed was never received, so it goes to A
            for (int i = 0; i < 10; i++) {
                String served = given().header("Authorization", COMMANDER).contentType(ContentType.JSON).body("{\"n\":" + i + "}")
                        .post("/api/projects").then().statusCode(200).extract().path("instance");
                assertEquals("A", served);
            }
            assertEquals(Set.of("A"), servedBy(10));
        } finally {
            ServiceInstancesResource.startInstance("B");
        }
        await().atMost(WITHIN_TWO_SECONDS).pollInterval(Duration.ofMillis(20)).until(() -> inRotation("B"));
        assertEquals(Set.of("A", "B"), servedBy(4));
    }

    @Test
    void an_instance_that_says_it_is_not_ready_leaves_the_rotation_within_two_seconds_and_comes_back_within_two() {
        ServiceInstancesResource.ready("B", false);
        await().atMost(WITHIN_TWO_SECONDS).pollInterval(Duration.ofMillis(20)).until(() -> !inRotation("B"));
        assertEquals(Set.of("A"), servedBy(10));
        ServiceInstancesResource.ready("B", true);
        await().atMost(WITHIN_TWO_SECONDS).pollInterval(Duration.ofMillis(20)).until(() -> inRotation("B"));
        assertEquals(Set.of("A", "B"), servedBy(4));
    }

    @Test
    void a_read_whose_connection_drops_is_retried_on_the_other_instance() {
        for (int i = 0; i < 6; i++) {
            String key = UUID.randomUUID().toString();
            String served = given().header("Authorization", COMMANDER).header("X-Test-Key", key).header("X-Test-Drop-On", "A")
                    .get("/api/projects").then().statusCode(200).extract().path("instance");
            assertEquals("B", served);
            assertTrue(ServiceInstancesResource.seen("A", key) <= 1, "A is not tried twice for one read");
            assertEquals(1, ServiceInstancesResource.seen("B", key));
        }
    }

    @Test
    void a_write_whose_connection_drops_is_not_sent_again() {
        int failed = 0;
        int seenByA = 0;
        for (int i = 0; i < 6; i++) {
            String key = UUID.randomUUID().toString();
            int status = given().header("Authorization", COMMANDER).header("X-Test-Key", key).header("X-Test-Drop-On", "A")
                    .contentType(ContentType.JSON).body("{}").post("/api/projects").then().extract().statusCode();
            int a = ServiceInstancesResource.seen("A", key);
            int b = ServiceInstancesResource.seen("B", key);
            assertEquals(1, a + b, "each write reaches exactly one instance, once");
            assertEquals(a == 1 ? 503 : 200, status);
            failed += status == 503 ? 1 : 0;
            seenByA += a;
        }
        assertEquals(seenByA, failed);
        assertTrue(failed > 0, "round-robin sent some writes to A");
    }

    @Test
    void a_single_instance_restarted_after_its_circuit_opened_is_called_again_within_two_seconds() {
        ServiceInstancesResource.stopInstance("C");
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> issues().asString().contains("circuit-open"));
        } finally {
            ServiceInstancesResource.startInstance("C");
        }
        // the circuit stays open for 10 s; the health check closes it as soon as the instance is ready
        await().atMost(WITHIN_TWO_SECONDS).pollInterval(Duration.ofMillis(20)).until(this::issuesInRotation);
        issues().then().statusCode(200);
    }

    /** The balancer's own view (read in process: a loaded machine's HTTP round trips would blur the 2 s bounds). */
    private boolean inRotation(String instance) {
        var projects = pools.all().stream().filter(pool -> pool.upstream().name().equals("projects-service")).findFirst().orElseThrow();
        return projects.members().stream().filter(m -> m.instance().baseUrl().equals(ServiceInstancesResource.baseUrl(instance)))
                .anyMatch(m -> !m.ejected() && m.circuit().state() == CircuitBreaker.State.CLOSED);
    }

    private static Response issues() {
        return given().header("Authorization", COMMANDER).get("/api/issues").then().extract().response();
    }

    private boolean issuesInRotation() {
        var issues = pools.all().stream().filter(pool -> pool.upstream().name().equals("issues-service")).findFirst().orElseThrow();
        return issues.members().stream().allMatch(m -> !m.ejected() && m.circuit().state() == CircuitBreaker.State.CLOSED);
    }

    private static Set<String> servedBy(int reads) {
        Set<String> instances = new HashSet<>();
        for (int i = 0; i < reads; i++) {
            Response response = given().header("Authorization", COMMANDER).get("/api/projects").then().extract().response();
            if (response.statusCode() == 200) {
                instances.add(response.path("instance"));
            }
        }
        return instances;
    }
}
