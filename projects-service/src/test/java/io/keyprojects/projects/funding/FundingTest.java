package io.keyprojects.projects.funding;

import static io.keyprojects.projects.Fixtures.about;
import static io.keyprojects.projects.Fixtures.as;
import static io.keyprojects.projects.Fixtures.awaitValidEvent;
import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class FundingTest {
    private static final String SHEET = "{\"sources\": [{\"source\": \"SUPERIOR_GRANT\", \"planned\": \"5000.00\", \"secured\": \"5000.00\", "
            + "\"paidOut\": \"2000.00\"}, {\"source\": \"FINANCING_AND_BONDS\", \"planned\": \"8000.00\", \"secured\": \"3000.00\", "
            + "\"paidOut\": \"0\"}]}";

    @Test
    void the_funding_gap_is_planned_less_secured_over_every_source() {
        String id = project("FGJ");
        department("FGJ").header("If-Match", "\"0\"").body(SHEET).put("/api/projects/" + id + "/funding").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("planned", equalTo("13000.00")).body("secured", equalTo("8000.00")).body("paidOut", equalTo("2000.00"))
                .body("gap", equalTo("5000.00"))
                .body("sources", hasSize(5))
                .body("sources.find { it.source == 'FINANCING_AND_BONDS' }.gap", equalTo("5000.00"))
                .body("sources.find { it.source == 'SOCIAL_CAPITAL' }.planned", equalTo("0"));

        var event = awaitValidEvent(about(id, "funding-updated.v1"));
        assertEquals("5000.00", event.data().get("gap").asText());
        assertEquals(5, event.data().get("sources").size());
    }

    @Test
    void every_staff_role_reads_funding_and_nothing_recorded_is_version_0_with_no_gap() {
        String id = project("FGJ");
        as(TestTokens.bearer(TestTokens.of("auditor", null))).get("/api/projects/" + id + "/funding").then().statusCode(200)
                .header("ETag", "\"0\"").body("gap", equalTo("0")).body("sources", hasSize(5));
    }

    @Test
    void a_department_cannot_change_another_units_funding() {
        String id = project("FGJ");
        department("JTJ").header("If-Match", "\"0\"").body(SHEET).put("/api/projects/" + id + "/funding")
                .then().statusCode(403).contentType("application/problem+json");
        commander().get("/api/projects/" + id + "/funding").then().body("version", equalTo(0));
    }

    @Test
    void money_secured_cannot_exceed_money_planned_nor_paid_out_exceed_secured() {
        String id = project("FGJ");
        commander().header("If-Match", "\"0\"").body("{\"sources\": [{\"source\": \"LAND_TRANSFER\", \"planned\": \"100\", "
                        + "\"secured\": \"150\", \"paidOut\": \"0\"}, {\"source\": \"SOCIAL_CAPITAL\", \"planned\": \"100\", "
                        + "\"secured\": \"50\", \"paidOut\": \"60\"}, {\"source\": \"SOCIAL_CAPITAL\", \"planned\": \"-1\", "
                        + "\"secured\": \"0\", \"paidOut\": \"0\"}, {\"source\": \"LOTTERY\", \"planned\": \"1\", \"secured\": \"0\", "
                        + "\"paidOut\": \"0\"}]}")
                .put("/api/projects/" + id + "/funding").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/invalid-figures"))
                .body("errors.'sources[0].secured'", equalTo("must not exceed planned (100)"))
                .body("errors.'sources[1].paidOut'", equalTo("must not exceed secured (50)"))
                .body("errors.'sources[2].planned'", equalTo("must not be negative"))
                .body("errors.'sources[2].source'", equalTo("SOCIAL_CAPITAL is stated twice"))
                .body("errors", hasKey("sources[3].source"));
        commander().get("/api/projects/" + id + "/funding").then().body("version", equalTo(0));
    }

    @Test
    void restating_funding_replaces_it_whole_at_the_version_read() {
        String id = project("FGJ");
        commander().header("If-Match", "\"0\"").body(SHEET).put("/api/projects/" + id + "/funding").then().statusCode(200);
        commander().header("If-Match", "\"0\"").body("{\"sources\": []}").put("/api/projects/" + id + "/funding")
                .then().statusCode(412);
        commander().body("{\"sources\": []}").put("/api/projects/" + id + "/funding").then().statusCode(428);
        commander().header("If-Match", "\"1\"").body("{\"sources\": [{\"source\": \"SOCIAL_CAPITAL\", \"planned\": \"900\", "
                        + "\"secured\": \"900\", \"paidOut\": \"100\"}]}")
                .put("/api/projects/" + id + "/funding").then().statusCode(200).header("ETag", "\"2\"")
                .body("planned", equalTo("900.00")).body("gap", equalTo("0.00"))
                .body("sources.find { it.source == 'SUPERIOR_GRANT' }.planned", equalTo("0"));
        // the answer to the statement is the sheet as kept: amounts to two decimals, as every later read shows them
        commander().get("/api/projects/" + id + "/funding").then().statusCode(200).header("ETag", "\"2\"")
                .body("planned", equalTo("900.00")).body("gap", equalTo("0.00"))
                .body("sources.find { it.source == 'SOCIAL_CAPITAL' }.paidOut", equalTo("100.00"));
    }
}
