package io.keyprojects.assessment.publication;

import static io.keyprojects.assessment.support.Feed.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class LiveRankingTest {

    private static List<Object> entries() {
        return as("portal").queryParam("period", "2019").get("/api/assessments").then().statusCode(200).extract().path("entries");
    }

    @Test
    void a_live_ranking_stays_the_same_while_nothing_arrives_and_sees_the_next_event() {
        String first = Feed.unit();
        String second = Feed.unit();
        UUID p1 = Feed.project(first, 2019, "2019-03-01");
        Feed.awaitStored(1, p1);
        List<Object> before = entries();
        as("portal").queryParam("period", "2019").get("/api/assessments").then()
                .body("entries.unit", hasItem(first)).body("entries.unit", not(hasItem(second)));
        assertEquals(before, entries(), "nothing arrived: the same ranking");

        UUID p2 = Feed.project(second, 2019, "2019-04-01");
        Feed.awaitStored(1, p2);
        as("portal").queryParam("period", "2019").get("/api/assessments").then().body("entries.unit", hasItems(first, second));
    }
}
