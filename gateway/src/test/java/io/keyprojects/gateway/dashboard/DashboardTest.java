package io.keyprojects.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class DashboardTest {
    private static final String PORTAL = TestTokens.bearer(TestTokens.of("portal", null));

    @Test
    void the_dashboard_combines_the_programme_and_blocker_counts_with_the_callers_token() {
        given().header("Authorization", PORTAL).get("/api/dashboard?year=2026").then().statusCode(200)
                .body("year", equalTo(2026))
                .body("programme.uri", equalTo("/api/programme/2026/summary"))
                .body("programme.authorization", equalTo(PORTAL))
                .body("blockers.uri", equalTo("/api/issues/counts?year=2026"));
    }

    @Test
    void a_failing_service_is_a_marked_gap_not_an_error_for_the_whole() {
        given().header("Authorization", PORTAL).get("/api/dashboard?year=2026").then().statusCode(200)
                .body("ranking", nullValue())
                .body("complete", equalTo(false))
                .body("gaps", hasSize(1))
                .body("gaps[0].part", equalTo("ranking"))
                .body("gaps[0].service", equalTo("assessment-service"));
    }

    @Test
    void without_a_year_the_dashboard_shows_the_county_year_which_turns_at_the_county_midnight() {
        QuarkusMock.installMockForType(CountyCalendar.fixedAt(Instant.parse("2026-12-31T16:30:00Z"), CountyCalendar.DEFAULT_ZONE),
                CountyCalendar.class); // 2027-01-01 00:30 in the county, still 2026 in UTC
        given().header("Authorization", PORTAL).get("/api/dashboard").then().statusCode(200)
                .body("year", equalTo(2027))
                .body("programme.uri", equalTo("/api/programme/2027/summary"));
    }

    @Test
    void a_department_gets_its_own_units_blockers_and_score_instead_of_the_ranking_it_may_not_read() {
        String department = TestTokens.bearer(TestTokens.department("ZJJ"));
        given().header("Authorization", department).get("/api/dashboard?year=2026").then().statusCode(200)
                .body("unit", equalTo("ZJJ"))
                .body("programme.uri", equalTo("/api/programme/2026/summary"))
                .body("blockers.uri", equalTo("/api/issues/counts?year=2026&unit=ZJJ"))
                .body("ranking", nullValue())
                // assessment-service is down in this test: the unit's score is what was asked for, and is the gap
                .body("gaps", hasSize(1))
                .body("gaps[0].part", equalTo("unitScore"));
        given().header("Authorization", PORTAL).get("/api/dashboard?year=2026").then().statusCode(200)
                .body("unit", nullValue()).body("unitScore", nullValue());
    }

    @Test
    void the_dashboard_is_for_staff_only() {
        given().get("/api/dashboard?year=2026").then().statusCode(401).contentType("application/problem+json");
    }
}
