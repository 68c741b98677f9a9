package io.keyprojects.assessment.supervision;

import static io.keyprojects.assessment.support.Feed.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 自查: a unit inspects its own projects and rectifies what it finds itself. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class SelfInspectionTest {

    private static RequestSpecification department(String unit) {
        return given().header("Authorization", TestTokens.bearer(TestTokens.department(unit))).contentType("application/json");
    }

    private static String body(UUID project, String findings) {
        return "{\"projectId\":\"" + project + "\",\"inspectedOn\":\"2026-06-20\",\"title\":\"安全文明施工自查\",\"findings\":" + findings + "}";
    }

    private static void move(RequestSpecification who, String order, String to) {
        who.body("{\"to\":\"" + to + "\"}").post("/api/supervision/rectifications/" + order + "/transitions").then().statusCode(200);
    }

    @Test
    void a_department_self_inspects_its_own_project_and_closes_the_orders_of_its_findings_itself() {
        String unit = Feed.registeredUnit();
        UUID project = Feed.project(unit, 2026, "2026-03-01");
        Feed.awaitStored(1, project);
        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            var created = department(unit).body(body(project, "[{\"description\":\"围挡破损两处\",\"requirement\":\"修复围挡\",\"deadline\":\"2026-06-25\"}]"))
                    .post("/api/supervision/self-inspections").then().statusCode(201)
                    .body("kind", equalTo("SELF"))
                    .body("unit", equalTo(unit))
                    .body("findings[0].responsibleUnit", equalTo(unit))
                    .body("findings[0].order.status", equalTo("ISSUED"))
                    .extract();
            String inspection = created.path("id");
            String order = created.path("findings[0].order.id");

            String raw = probe.awaitRaw(e -> e.type().equals(EventType.INSPECTION_RECORDED.typeName()) && e.subject().equals(inspection),
                    Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(raw));

            // 自己查、自己改: the unit re-checks and closes its own order, which the bureau would do for one of its own findings
            for (String to : List.of("SIGNED_FOR", "IN_HAND", "REPORTED_BACK", "RECHECKED", "CLOSED")) {
                move(department(unit), order, to);
            }
            as("auditor").get("/api/supervision/rectifications/" + order).then().statusCode(200).body("status", equalTo("CLOSED"));
        }
        as("portal").queryParam("unit", unit).queryParam("kind", "SELF").get("/api/supervision/inspections").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("SELF")).body("items[0].projectId", equalTo(project.toString()));
        as("portal").queryParam("unit", unit).queryParam("kind", "SUPERVISION").get("/api/supervision/inspections").then().statusCode(200)
                .body("total", equalTo(0));
        as("auditor").queryParam("size", 200).get("/api/audit").then().statusCode(200).body("items.action", hasItem("SELF_INSPECTION_RECORDED"));
        // the fact the ruleset's SELF_INSPECTION_BONUS counts, from the event log like every other
        as("portal").queryParam("period", "2026").get("/api/assessments/facts").then().statusCode(200)
                .body("find { it.unit == '" + unit + "' }.selfInspections", equalTo(1));
    }

    @Test
    void a_department_cannot_self_inspect_another_units_project() {
        String lead = Feed.registeredUnit();
        String other = Feed.registeredUnit();
        UUID project = Feed.project(lead, 2026, "2026-03-01");
        Feed.awaitStored(1, project);
        department(other).body(body(project, "[]")).post("/api/supervision/self-inspections").then().statusCode(403)
                .contentType("application/problem+json");
        // refused before its body is judged: a body with no title at all is still 403 for the other unit
        department(other).body("{\"projectId\":\"" + project + "\"}").post("/api/supervision/self-inspections").then().statusCode(403);
        department(lead).body("{\"projectId\":\"" + project + "\"}").post("/api/supervision/self-inspections").then().statusCode(400);
        as("supervisor").contentType("application/json").body(body(project, "[]")).post("/api/supervision/self-inspections").then().statusCode(403);
        as("portal").queryParam("unit", other).get("/api/supervision/inspections").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_project_the_programme_does_not_have_or_a_finding_due_before_the_inspection_is_refused() {
        String unit = Feed.registeredUnit();
        department(unit).body(body(UUID.randomUUID(), "[]")).post("/api/supervision/self-inspections").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/unknown-project"));
        UUID project = Feed.project(unit, 2026, "2026-03-01");
        Feed.awaitStored(1, project);
        department(unit).body(body(project, "[{\"description\":\"x\",\"requirement\":\"y\",\"deadline\":\"2026-06-01\"}]"))
                .post("/api/supervision/self-inspections").then().statusCode(400).body("errors", org.hamcrest.Matchers.hasKey("findings[0].deadline"));
        department(unit).body(body(project, "[{\"description\":\"x\",\"requirement\":\"y\",\"deadline\":\"2026-07-01\",\"responsiblePerson\":\""
                        + UUID.randomUUID() + "\"}]"))
                .post("/api/supervision/self-inspections").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/unknown-person"));
        department(unit).body("{\"projectId\":\"" + project + "\",\"inspectedOn\":\"2099-01-01\",\"title\":\"未来的自查\"}")
                .post("/api/supervision/self-inspections").then().statusCode(400).body("errors", org.hamcrest.Matchers.hasKey("inspectedOn"));
        as("portal").queryParam("kind", "ELSE").get("/api/supervision/inspections").then().statusCode(400);
        as("portal").queryParam("unit", unit).get("/api/supervision/inspections").then().statusCode(200)
                .body("items.kind", everyItem(not(equalTo("SUPERVISION"))));
    }
}
