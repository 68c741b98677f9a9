package io.keyprojects.issues.link;

import static io.keyprojects.issues.Blockers.EVENTS;
import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.department;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.report;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.DemolitionCaseOpened;
import io.keyprojects.contracts.data.FundingUpdated;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class BlockerLinksTest {

    /** Opens a holdout household's legal case as projects-service announces it. */
    private static UUID caseOpened(UUID project, String leadUnit) {
        UUID id = UUID.randomUUID();
        var data = new DemolitionCaseOpened(id, project, "2026-ZD-X", leadUnit, "张某某", "城关镇东街12号", Instant.now(), "department@" + leadUnit);
        EventProbe.send(Topics.PROJECTS, project.toString(),
                EventJson.write(CloudEvent.of(EventType.DEMOLITION_CASE_OPENED, project.toString(), EventJson.MAPPER.valueToTree(data), Instant.now())));
        return id;
    }

    private static void fundingUpdated(UUID project, String leadUnit, String planned, String secured, long version) {
        BigDecimal p = new BigDecimal(planned);
        BigDecimal s = new BigDecimal(secured);
        var data = new FundingUpdated(project, "2026-ZD-X", leadUnit,
                List.of(new FundingUpdated.Source("FINANCING_AND_BONDS", p, s, BigDecimal.ZERO)), p, s, BigDecimal.ZERO, p.subtract(s),
                version, Instant.now(), "department@" + leadUnit);
        EventProbe.send(Topics.PROJECTS, project.toString(),
                EventJson.write(CloudEvent.of(EventType.FUNDING_UPDATED, project.toString(), EventJson.MAPPER.valueToTree(data), Instant.now())));
    }

    private static ValidatableResponse moveToLegalProcedure(String issue, UUID caseId) {
        return given().header("Authorization", commander()).contentType(ContentType.JSON)
                .body("{\"to\": \"LEGAL_PROCEDURE\", \"comment\": \"依法处理\", \"legalCaseId\": \"" + caseId + "\"}")
                .post("/api/issues/{id}/transitions", issue).then();
    }

    private static ValidatableResponse reportWith(UUID project, String category, String link) {
        return given().header("Authorization", commander()).contentType(ContentType.JSON).body("""
                        {"projectId": "%s", "category": "%s", "severity": "HIGH", "title": "钉子户拒不搬迁", "responsibleUnit": "CGZ", %s}"""
                        .formatted(project, category, link))
                .post("/api/issues").then();
    }

    @Test
    void a_legal_procedure_blocker_links_to_its_projects_legal_case_and_an_unknown_case_is_422() {
        UUID project = knownProject("CGZ");
        UUID other = knownProject("CGZ");
        UUID caseId = caseOpened(project, "CGZ");
        UUID otherCase = caseOpened(other, "CGZ");
        String issue = report(project, "CGZ");
        await().atMost(EVENTS).until(() -> reportWith(other, "DEMOLITION", "\"legalCaseId\": \"" + otherCase + "\"").extract().statusCode(),
                status -> status == 201); // the other project's case is known here

        // another project's case, or one nobody opened, is not this blocker's: nothing moves
        moveToLegalProcedure(issue, otherCase).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://keyprojects.county/problems/unknown-case")).body("errors", hasKey("legalCaseId"));
        moveToLegalProcedure(issue, UUID.randomUUID()).statusCode(422);
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then()
                .body("status", equalTo("OPEN")).body("legalCaseId", equalTo(null));

        await().atMost(EVENTS).untilAsserted(() -> moveToLegalProcedure(issue, caseId).statusCode(200)
                .body("status", equalTo("LEGAL_PROCEDURE")).body("legalCaseId", equalTo(caseId.toString())));
        given().header("Authorization", department("CGZ")).get("/api/issues/{id}", issue).then().body("legalCaseId", equalTo(caseId.toString()));
    }

    @Test
    void a_blocker_reported_about_a_holdout_names_the_case_and_only_a_move_to_legal_procedure_takes_one() {
        UUID project = knownProject("CGZ");
        UUID caseId = caseOpened(project, "CGZ");
        String issue = await().atMost(EVENTS).until(() -> reportWith(project, "DEMOLITION", "\"legalCaseId\": \"" + caseId + "\"")
                .extract().response(), r -> r.statusCode() == 201).path("id");
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then().body("legalCaseId", equalTo(caseId.toString()));
        reportWith(project, "DEMOLITION", "\"legalCaseId\": \"" + UUID.randomUUID() + "\"").statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/unknown-case"));
        given().header("Authorization", commander()).contentType(ContentType.JSON)
                .body("{\"to\": \"ACKNOWLEDGED\", \"legalCaseId\": \"" + caseId + "\"}")
                .post("/api/issues/{id}/transitions", issue).then().statusCode(422).body("errors", hasKey("legalCaseId"));
    }

    @Test
    void a_funding_blocker_points_at_its_projects_funding_gap_only_while_there_is_one() {
        UUID project = knownProject("CGZ");
        reportWith(project, "FUNDING", "\"fundingGap\": true").statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/no-funding-gap"));

        fundingUpdated(project, "CGZ", "8000.00", "3000.00", 1);
        String issue = await().atMost(EVENTS).until(() -> reportWith(project, "FUNDING", "\"fundingGap\": true").extract().response(),
                r -> r.statusCode() == 201).path("id");
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then().body("fundingGapLinked", equalTo(true));
        reportWith(project, "LAND", "\"fundingGap\": true").statusCode(422).body("errors", hasKey("fundingGap"));

        // the gap closes: no new link to it; an older sheet arriving late does not reopen it
        fundingUpdated(project, "CGZ", "8000.00", "8000.00", 2);
        await().atMost(EVENTS).untilAsserted(() -> reportWith(project, "FUNDING", "\"fundingGap\": true").statusCode(422));
        fundingUpdated(project, "CGZ", "8000.00", "1000.00", 1);
        UUID marker = caseOpened(project, "CGZ"); // after the stale sheet on the project's partition: once it is known, so is that
        await().atMost(EVENTS).until(() -> reportWith(project, "DEMOLITION", "\"legalCaseId\": \"" + marker + "\"").extract().statusCode(),
                status -> status == 201);
        reportWith(project, "FUNDING", "\"fundingGap\": false").statusCode(201).body("fundingGapLinked", equalTo(false));
        reportWith(project, "FUNDING", "\"fundingGap\": true").statusCode(422);
    }
}
