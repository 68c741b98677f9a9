package io.keyprojects.assessment.supervision;

import static io.keyprojects.assessment.support.Feed.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 落实专人负责: a supervision order names the person who answers for it, a person the registry announced. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class OrderResponsiblePersonTest {

    private static String inspection(String unit) {
        return as("supervisor").contentType("application/json")
                .body("{\"unit\":\"" + unit + "\",\"inspectedOn\":\"2026-07-01\",\"title\":\"拆迁进度督查\"}")
                .post("/api/supervision/inspections").then().statusCode(201).extract().path("id");
    }

    private static String finding(String unit, UUID person) {
        return "{\"description\":\"拆迁进度滞后\",\"responsibleUnit\":\"" + unit + "\",\"requirement\":\"限期完成签约\","
                + "\"deadline\":\"2030-07-15\",\"responsiblePerson\":\"" + person + "\"}";
    }

    @Test
    void an_order_naming_an_unknown_person_is_422() {
        String unit = Feed.registeredUnit();
        as("supervisor").contentType("application/json").body(finding(unit, UUID.randomUUID()))
                .post("/api/supervision/inspections/" + inspection(unit) + "/findings").then().statusCode(422)
                .contentType("application/problem+json").body("type", endsWith("unknown-person"))
                .body("errors.responsiblePerson", notNullValue());
    }

    @Test
    void an_order_names_its_responsible_person_and_its_event_carries_the_id() {
        String unit = Feed.registeredUnit();
        UUID person = Feed.registeredPerson(unit);
        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            String order = as("supervisor").contentType("application/json").body(finding(unit, person))
                    .post("/api/supervision/inspections/" + inspection(unit) + "/findings").then().statusCode(201)
                    .body("order.responsiblePerson", equalTo(person.toString())).extract().path("order.id");
            as("auditor").get("/api/supervision/rectifications/" + order).then().statusCode(200)
                    .body("responsiblePerson", equalTo(person.toString()));
            String raw = probe.awaitRaw(e -> e.subject().equals(order) && e.type().equals(EventType.RECTIFICATION_ISSUED.typeName()),
                    Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(raw));
            assertEquals(person.toString(), io.keyprojects.contracts.EventJson.read(raw).data().get("responsiblePerson").asText());
        }
    }
}
