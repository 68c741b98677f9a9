package io.keyprojects.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/**
 * A service is ready when its database answers; Kafka is reported in wellness (the outbox), not in readiness,
 * because a broker outage must not take a service out of rotation (the fault suite checks that during one).
 */
class ReadinessIT {

    @Test
    void every_service_reports_its_database_in_readiness_and_its_outbox_in_wellness() {
        for (ServiceProcess service : RunningSystem.get().services()) {
            String body = given().baseUri(service.url()).get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"))
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertTrue(body.contains("PostgreSQL") || body.contains("Database"),
                    service.name() + " readiness does not cover its database: " + body);
            given().baseUri(service.url()).get("/q/health/well").then().statusCode(200)
                    .body("checks.find { it.name.startsWith('Outbox') }.data.broker", equalTo("reachable"));
        }
    }

    @Test
    void every_service_publishes_its_openapi_document() {
        for (ServiceProcess service : RunningSystem.get().services()) {
            given().baseUri(service.url()).get("/q/openapi?format=json")
                    .then().statusCode(200).body("openapi", containsString("3."));
        }
    }

    @Test
    void every_service_and_the_gateway_expose_prometheus_metrics() {
        for (ServiceProcess service : RunningSystem.get().services()) {
            given().baseUri(service.url()).get("/q/metrics")
                    .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        }
        given().baseUri(RunningSystem.get().gatewayUrl()).get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
