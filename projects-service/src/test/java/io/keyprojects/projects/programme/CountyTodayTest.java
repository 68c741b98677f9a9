package io.keyprojects.projects.programme;

import static io.keyprojects.projects.Fixtures.as;
import static io.keyprojects.projects.Fixtures.commander;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.notNullValue;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console proposes dates and years from the county's today, never from the browser's clock. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class CountyTodayTest {
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    @Test
    void today_is_the_county_day_with_its_programme_year_and_zone() {
        LocalDate before = LocalDate.now(COUNTY);
        var answer = commander().get("/api/programme/today").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("zone", equalTo("Asia/Shanghai"));
        LocalDate today = LocalDate.parse(answer.extract().path("today"));
        // the county's day, not UTC's: the two differ from 00:00 to 08:00 county time (a read across midnight may see either)
        answer.body("today", in(List.of(before.toString(), LocalDate.now(COUNTY).toString())))
                .body("year", equalTo(today.getYear()));
    }

    @Test
    void every_role_may_read_it_and_no_one_unsigned() {
        as(TestTokens.bearer(TestTokens.of("auditor", null))).get("/api/programme/today").then().statusCode(200);
        as(TestTokens.bearer(TestTokens.of("portal", null))).get("/api/programme/today").then().statusCode(200);
        io.restassured.RestAssured.given().get("/api/programme/today").then().statusCode(401);
    }
}
