package io.keyprojects.issues.issue;

import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.department;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.move;
import static io.keyprojects.issues.Blockers.report;
import static io.keyprojects.issues.Blockers.role;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class IssueListTest {
    private static final LocalDate TODAY = LocalDate.now(CountyCalendar.DEFAULT_ZONE); // the service's today

    @Test
    void lists_filter_by_project_unit_status_category_severity_and_overdue() {
        UUID project = knownProject("ZJJ", 2026, "CGZ", "ZRJ");
        String demolition = report(project, "DEMOLITION", "HIGH", "CGZ", null);
        String land = report(project, "LAND", "CRITICAL", "ZRJ", TODAY.minusDays(2));
        String funding = report(project, "FUNDING", "LOW", "ZJJ", TODAY.plusDays(30));
        move(funding, department("ZJJ"), "ACKNOWLEDGED", null, null).statusCode(200);

        given().header("Authorization", role("portal")).queryParam("projectId", project).get("/api/issues").then()
                .statusCode(200).body("total", equalTo(3)).body("items.id", containsInAnyOrder(demolition, land, funding));
        list(project, "unit", "ZRJ").body("items.id", contains(land));
        list(project, "status", "ACKNOWLEDGED").body("items.id", contains(funding));
        list(project, "category", "DEMOLITION").body("items.id", contains(demolition));
        list(project, "severity", "CRITICAL").body("items.id", contains(land));
        list(project, "overdue", "true").body("items.id", contains(land)).body("items[0].overdue", equalTo(true));
        list(project, "overdue", "false").body("items.id", containsInAnyOrder(demolition, funding));
        given().header("Authorization", commander()).queryParam("projectId", project).queryParam("unit", "CGZ")
                .queryParam("category", "LAND").get("/api/issues").then().body("total", equalTo(0));
    }

    @Test
    void lists_are_paged_with_the_total_and_sorted_on_request() {
        UUID project = knownProject("ZJJ");
        String late = report(project, "POLICY", "LOW", "ZJJ", TODAY.plusDays(40));
        String soon = report(project, "POLICY", "LOW", "ZJJ", TODAY.plusDays(10));
        String middle = report(project, "POLICY", "LOW", "ZJJ", TODAY.plusDays(20));
        given().header("Authorization", commander()).queryParam("projectId", project).queryParam("sort", "dueDate")
                .queryParam("size", 2).get("/api/issues").then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2)).body("items.id", contains(soon, middle));
        given().header("Authorization", commander()).queryParam("projectId", project).queryParam("sort", "dueDate")
                .queryParam("size", 2).queryParam("page", 1).get("/api/issues").then()
                .body("items.id", contains(late));
    }

    @Test
    void a_list_request_that_makes_no_sense_is_a_problem() {
        given().header("Authorization", commander()).queryParam("sort", "title").get("/api/issues").then()
                .statusCode(400).contentType("application/problem+json").body("errors.sort", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", commander()).queryParam("size", 1000).get("/api/issues").then()
                .statusCode(400).contentType("application/problem+json");
        given().header("Authorization", commander()).queryParam("status", "DONE").get("/api/issues").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void counts_by_category_and_status_cover_the_projects_of_one_programme_year() {
        UUID thisYear = knownProject("ZJJ", 2031, "CGZ");
        UUID otherYear = knownProject("ZJJ", 2032);
        report(thisYear, "DEMOLITION", "HIGH", "CGZ", null);
        report(thisYear, "DEMOLITION", "HIGH", "CGZ", TODAY.minusDays(1));
        String land = report(thisYear, "LAND", "MEDIUM", "ZJJ", null);
        report(otherYear, "FUNDING", "LOW", "ZJJ", null);
        move(land, department("ZJJ"), "IN_COORDINATION", null, null).statusCode(200);
        move(land, department("ZJJ"), "RESOLVED", null, "用地指标已调剂").statusCode(200);

        given().header("Authorization", role("portal")).queryParam("year", 2031).get("/api/issues/counts").then()
                .statusCode(200)
                .body("year", equalTo(2031)).body("total", equalTo(3)).body("open", equalTo(2)).body("overdue", equalTo(1))
                .body("byCategory.DEMOLITION", equalTo(2)).body("byCategory.LAND", equalTo(1))
                .body("byCategory.FUNDING", equalTo(0)).body("byCategory.OTHER", equalTo(0))
                .body("openByCategory.LAND", equalTo(0)).body("openByCategory.DEMOLITION", equalTo(2))
                .body("byStatus.OPEN", equalTo(2)).body("byStatus.RESOLVED", equalTo(1)).body("byStatus.CLOSED", equalTo(0));
        given().header("Authorization", commander()).queryParam("year", 2031).queryParam("unit", "CGZ")
                .get("/api/issues/counts").then().statusCode(200).body("total", equalTo(2)).body("unit", equalTo("CGZ"));
        given().header("Authorization", commander()).queryParam("year", 2031).get("/api/issues").then()
                .body("total", equalTo(3));
    }

    @Test
    void the_counts_name_the_blockers_still_open_per_project_for_the_boards() {
        UUID twoOpen = knownProject("ZJJ", 2044);
        UUID noneOpen = knownProject("ZJJ", 2044);
        report(twoOpen, "LAND", "HIGH", "ZJJ", null);
        report(twoOpen, "FUNDING", "HIGH", "ZJJ", null);
        String settled = report(noneOpen, "POLICY", "LOW", "ZJJ", null);
        move(settled, department("ZJJ"), "IN_COORDINATION", null, null).statusCode(200);
        move(settled, department("ZJJ"), "RESOLVED", null, "已协调").statusCode(200);

        given().header("Authorization", role("portal")).queryParam("year", 2044).get("/api/issues/counts").then()
                .statusCode(200)
                .body("openByProject.size()", equalTo(1))
                .body("openByProject.'" + twoOpen + "'", equalTo(2));
    }

    @Test
    void counts_need_a_year() {
        given().header("Authorization", commander()).get("/api/issues/counts").then()
                .statusCode(400).contentType("application/problem+json").body("errors.year", org.hamcrest.Matchers.notNullValue());
    }

    private static io.restassured.response.ValidatableResponse list(UUID project, String filter, String value) {
        return given().header("Authorization", commander()).queryParam("projectId", project).queryParam(filter, value)
                .get("/api/issues").then().statusCode(200).body("items", hasSize(org.hamcrest.Matchers.greaterThan(0)));
    }
}
