package io.keyprojects.projects.progress;

import static io.keyprojects.projects.Fixtures.awaitValidEvent;
import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class ProgressReportTest {

    @Test
    void a_report_moves_the_projects_percent_and_investment_and_is_published() {
        String id = project("ZJJ");
        String rid = department("ZJJ").body("{\"period\": \"2026-06\", \"progressPercent\": 35.5, \"completedInvestment\": \"4200.00\", "
                        + "\"narrative\": \"基础施工完成\"}")
                .post("/api/projects/" + id + "/progress")
                .then().statusCode(201).body("previousPercent", equalTo(0.0f)).body("reportedBy", equalTo("department@ZJJ"))
                .extract().path("id");
        commander().get("/api/projects/" + id).then()
                .body("progressPercent", equalTo(35.5f)).body("completedInvestment", equalTo("4200.00")).header("ETag", "\"1\"");

        var event = awaitValidEvent(e -> id.equals(e.subject()) && e.type().endsWith("progress-reported.v1"));
        assertEquals(rid, event.data().get("id").asText());
        assertEquals("4200.00", event.data().get("completedInvestment").asText());
        assertEquals(1, event.data().get("projectVersion").asLong());
    }

    @Test
    void a_months_report_carries_the_investment_completed_that_month_into_its_event() {
        String id = project("ZJJ");
        department("ZJJ").body("{\"period\": \"2026-06\", \"progressPercent\": 20, \"completedInvestment\": \"2100.00\", "
                        + "\"investmentThisMonth\": \"700.00\"}")
                .post("/api/projects/" + id + "/progress").then().statusCode(201).body("investmentThisMonth", equalTo("700.00"));
        commander().get("/api/projects/" + id + "/progress").then().body("items[0].investmentThisMonth", equalTo("700.00"));

        var event = awaitValidEvent(e -> id.equals(e.subject()) && e.type().endsWith("progress-reported.v1"));
        assertEquals("700.00", event.data().get("investmentThisMonth").asText());
    }

    @Test
    void only_a_months_report_carries_a_months_investment() {
        String id = project("ZJJ");
        department("ZJJ").body("{\"period\": \"2026-Q2\", \"progressPercent\": 20, \"investmentThisMonth\": \"700.00\"}")
                .post("/api/projects/" + id + "/progress").then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasKey("investmentThisMonth"));
        department("ZJJ").body("{\"period\": \"2026-06\", \"progressPercent\": 20, \"investmentThisMonth\": \"-1\"}")
                .post("/api/projects/" + id + "/progress").then().statusCode(400).body("errors", hasKey("investmentThisMonth"));
        commander().get("/api/projects/" + id + "/progress").then().body("total", equalTo(0));
    }

    @Test
    void a_report_below_the_previous_percent_needs_a_reason() {
        String id = project("ZJJ");
        department("ZJJ").body("{\"period\": \"2026-06\", \"progressPercent\": 40}").post("/api/projects/" + id + "/progress")
                .then().statusCode(201);
        department("ZJJ").body("{\"period\": \"2026-07\", \"progressPercent\": 38}").post("/api/projects/" + id + "/progress")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://keyprojects.county/problems/progress-decrease-needs-reason"))
                .body("previousPercent", equalTo(40.0f));
        commander().get("/api/projects/" + id).then().body("progressPercent", equalTo(40.0f));

        department("ZJJ").body("{\"period\": \"2026-07\", \"progressPercent\": 38, \"reason\": \"上月多报了材料进场\"}")
                .post("/api/projects/" + id + "/progress").then().statusCode(201);
        commander().get("/api/projects/" + id + "/progress").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].progressPercent", equalTo(38.0f))
                .body("items[0].reason", equalTo("上月多报了材料进场")).body("items[1].progressPercent", equalTo(40.0f));
    }

    @Test
    void less_completed_investment_than_before_also_needs_a_reason() {
        String id = project("ZJJ");
        department("ZJJ").body("{\"period\": \"2026-06\", \"progressPercent\": 10, \"completedInvestment\": 900}")
                .post("/api/projects/" + id + "/progress").then().statusCode(201);
        department("ZJJ").body("{\"period\": \"2026-07\", \"progressPercent\": 12, \"completedInvestment\": 800}")
                .post("/api/projects/" + id + "/progress").then().statusCode(422);
    }

    @Test
    void a_department_cannot_report_on_another_units_project() {
        String id = project("ZJJ");
        department("JTJ").body("{\"period\": \"2026-06\", \"progressPercent\": 50}").post("/api/projects/" + id + "/progress")
                .then().statusCode(403).contentType("application/problem+json");
        commander().get("/api/projects/" + id + "/progress").then().body("total", equalTo(0));
    }

    @Test
    void bad_reports_are_400_problems() {
        String id = project("ZJJ");
        commander().body("{\"period\": \"July\", \"progressPercent\": 101}").post("/api/projects/" + id + "/progress")
                .then().statusCode(400).body("errors", hasKey("period")).body("errors", hasKey("progressPercent"));
        commander().body("{\"period\": \"2026-07\"}").post("/api/projects/" + id + "/progress")
                .then().statusCode(400).body("errors", hasKey("progressPercent"));
        commander().body("{\"period\": \"2026-07\", \"progressPercent\": 5}").post("/api/projects/" + UUID.randomUUID() + "/progress")
                .then().statusCode(404);
        commander().queryParam("size", 0).get("/api/projects/" + id + "/progress").then().statusCode(400);
    }

    @Test
    void a_cancelled_project_takes_no_more_reports() {
        String id = project("ZJJ");
        commander().body("{\"phase\": \"CANCELLED\", \"reason\": \"规划调整\"}").post("/api/projects/" + id + "/phase").then().statusCode(200);
        department("ZJJ").body("{\"period\": \"2026-07\", \"progressPercent\": 5}").post("/api/projects/" + id + "/progress")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void a_retried_report_with_the_same_key_is_recorded_once() {
        String id = project("ZJJ");
        String key = UUID.randomUUID().toString();
        String body = "{\"period\": \"2026-06\", \"progressPercent\": 20}";
        department("ZJJ").header("Idempotency-Key", key).body(body).post("/api/projects/" + id + "/progress").then().statusCode(201);
        department("ZJJ").header("Idempotency-Key", key).body(body).post("/api/projects/" + id + "/progress")
                .then().statusCode(201).header("Idempotency-Replayed", "true");
        commander().get("/api/projects/" + id + "/progress").then().body("total", equalTo(1));
        commander().get("/api/projects/" + id).then().header("ETag", "\"1\"");
    }
}
