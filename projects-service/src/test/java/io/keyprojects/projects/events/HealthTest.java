package io.keyprojects.projects.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class HealthTest {

    @Test
    void readiness_is_the_database_only_so_a_broker_outage_keeps_the_service_in_rotation() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")))
                .body(not(containsString("Kafka")));
    }

    @Test
    void wellness_reports_the_outbox_backlog_and_the_broker() {
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name.startsWith('Outbox') }.status", equalTo("UP"))
                .body("checks.find { it.name.startsWith('Outbox') }.data.pending", greaterThanOrEqualTo(0))
                .body("checks.find { it.name.startsWith('Outbox') }.data.broker", equalTo("reachable"));
    }
}
