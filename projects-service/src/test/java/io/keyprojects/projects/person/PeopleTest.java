package io.keyprojects.projects.person;

import static io.keyprojects.projects.Fixtures.about;
import static io.keyprojects.projects.Fixtures.as;
import static io.keyprojects.projects.Fixtures.awaitValidEvent;
import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.events;
import static io.keyprojects.projects.Fixtures.units;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class PeopleTest {
    private static final String STAFF_OF_ZJJ = "{\"name\": \"李明\", \"title\": \"建设科科长\", \"unit\": \"ZJJ\", \"kind\": \"STAFF\", "
            + "\"phone\": \"0571-8888 1234\", \"email\": \"liming@zjj.county.gov.cn\"}";

    static String registered(String body) {
        units("ZJJ", "JTJ");
        return commander().body(body).post("/api/people").then().statusCode(201).extract().path("id");
    }

    @Test
    void a_department_registers_its_own_staff_not_another_units() {
        units("ZJJ", "JTJ");
        var created = department("ZJJ").body(STAFF_OF_ZJJ).post("/api/people").then().statusCode(201)
                .header("ETag", "\"0\"").extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/people/" + id), created.header("Location"));
        department("ZJJ").get("/api/people/" + id).then().statusCode(200).body("unit", equalTo("ZJJ"))
                .body("createdBy", equalTo("department@ZJJ"));

        department("JTJ").body(STAFF_OF_ZJJ).post("/api/people").then().statusCode(403).contentType("application/problem+json");
        // refused for the unit it names, before its values are judged
        department("JTJ").body("{\"unit\": \"ZJJ\", \"kind\": \"STAFF\", \"email\": \"not an address\"}").post("/api/people")
                .then().statusCode(403);
    }

    @Test
    void only_the_commander_registers_a_county_leader() {
        units("ZJJ");
        department("ZJJ").body("{\"name\": \"王建国\", \"title\": \"副县长\", \"unit\": \"ZJJ\", \"kind\": \"COUNTY_LEADER\"}")
                .post("/api/people").then().statusCode(403);
        commander().body("{\"name\": \"王建国\", \"title\": \"副县长\", \"kind\": \"COUNTY_LEADER\"}")
                .post("/api/people").then().statusCode(201).body("unit", nullValue()).body("kind", equalTo("COUNTY_LEADER"));
    }

    @Test
    void another_unit_never_sees_a_persons_phone() {
        String id = registered(STAFF_OF_ZJJ);
        commander().get("/api/people/" + id).then().statusCode(200).body("contact.phone", equalTo("0571-8888 1234"));
        department("ZJJ").get("/api/people/" + id).then().statusCode(200).body("contact.email", equalTo("liming@zjj.county.gov.cn"));

        department("JTJ").get("/api/people/" + id).then().statusCode(200).body("name", equalTo("李明")).body("contact", nullValue());
        as(TestTokens.bearer(TestTokens.of("supervisor", null))).get("/api/people/" + id).then().statusCode(200).body("contact", nullValue());
        as(TestTokens.bearer(TestTokens.of("portal", null))).get("/api/people/" + id).then().statusCode(200).body("contact", nullValue());
        String listed = department("JTJ").get("/api/people?unit=ZJJ&size=200").then().statusCode(200)
                .body("items.id", hasItem(id)).extract().asString();
        assertFalse(listed.contains("0571-8888 1234"), listed);
        assertFalse(listed.contains("liming@"), listed);
    }

    @Test
    void person_events_carry_no_contact_details() {
        String id = registered(STAFF_OF_ZJJ);
        var registeredEvent = awaitValidEvent(about(id, "person-registered.v1"));
        assertEquals("李明", registeredEvent.data().get("name").asText());
        assertEquals("ZJJ", registeredEvent.data().get("unit").asText());
        assertFalse(registeredEvent.data().toString().contains("8888"), registeredEvent.data().toString());
        assertFalse(registeredEvent.data().has("phone") || registeredEvent.data().has("email") || registeredEvent.data().has("contact"));

        department("ZJJ").header("If-Match", "\"0\"").body("{\"title\": \"建设科副科长\", \"phone\": \"0571-8888 9999\"}")
                .patch("/api/people/" + id).then().statusCode(200).header("ETag", "\"1\"").body("contact.phone", equalTo("0571-8888 9999"));
        var updated = awaitValidEvent(about(id, "person-updated.v1"));
        assertEquals("建设科副科长", updated.data().get("title").asText());
        assertEquals("[\"title\"]", updated.data().get("changed").toString());
        assertFalse(updated.data().toString().contains("8888"), updated.data().toString());

        // a new phone number alone is nobody else's news
        department("ZJJ").header("If-Match", "\"1\"").body("{\"phone\": \"0571-8888 0000\"}")
                .patch("/api/people/" + id).then().statusCode(200).header("ETag", "\"2\"");
        var announced = events(about(id, "person-updated.v1"), Duration.ofSeconds(3));
        assertEquals(1, announced.size(), "only the change of title was announced");
    }

    @Test
    void a_department_edits_only_its_own_staff_and_never_moves_them_to_another_unit() {
        String id = registered(STAFF_OF_ZJJ);
        department("JTJ").header("If-Match", "\"0\"").body("{\"title\": \"科员\"}").patch("/api/people/" + id).then().statusCode(403);
        department("ZJJ").header("If-Match", "\"0\"").body("{\"unit\": \"JTJ\"}").patch("/api/people/" + id).then().statusCode(403);
        department("ZJJ").header("If-Match", "\"0\"").body("{\"kind\": \"COUNTY_LEADER\"}").patch("/api/people/" + id).then().statusCode(403);
        commander().header("If-Match", "\"0\"").body("{\"unit\": \"JTJ\"}").patch("/api/people/" + id).then().statusCode(200)
                .body("unit", equalTo("JTJ"));
    }

    @Test
    void an_edit_needs_the_version_read() {
        String id = registered(STAFF_OF_ZJJ);
        department("ZJJ").body("{\"title\": \"科员\"}").patch("/api/people/" + id).then().statusCode(428);
        department("ZJJ").header("If-Match", "\"7\"").body("{\"title\": \"科员\"}").patch("/api/people/" + id).then().statusCode(412)
                .body("currentVersion", equalTo(0));
        department("ZJJ").header("If-Match", "*").body("{\"title\": \"科员\"}").patch("/api/people/" + id).then().statusCode(200);
    }

    @Test
    void bad_people_are_refused_with_problems() {
        units("ZJJ");
        commander().body("{\"name\": \"赵六\", \"title\": \"科员\", \"unit\": \"NOSUCH\", \"kind\": \"STAFF\"}").post("/api/people")
                .then().statusCode(422).body("type", equalTo("https://keyprojects.county/problems/unknown-unit"));
        commander().body("{\"name\": \"赵六\", \"title\": \"科员\", \"kind\": \"STAFF\"}").post("/api/people")
                .then().statusCode(400).body("errors.unit", notNullValue());
        commander().body("{\"name\": \"\", \"title\": \"科员\", \"unit\": \"ZJJ\", \"kind\": \"STAFF\", \"email\": \"x\"}").post("/api/people")
                .then().statusCode(400).body("errors.name", notNullValue()).body("errors.email", notNullValue());
        String id = registered(STAFF_OF_ZJJ);
        commander().header("If-Match", "*").body("{\"name\": null}").patch("/api/people/" + id).then().statusCode(400);
        commander().header("If-Match", "*").body("{\"salary\": 1}").patch("/api/people/" + id).then().statusCode(400);
        commander().get("/api/people/" + UUID.randomUUID()).then().statusCode(404);
        commander().get("/api/people?kind=EMPEROR").then().statusCode(400);
    }

    @Test
    void people_are_listed_by_unit_and_kind_and_found_by_name() {
        String id = registered("{\"name\": \"钱七\", \"title\": \"交通局局长\", \"unit\": \"JTJ\", \"kind\": \"UNIT_HEAD\"}");
        commander().get("/api/people?unit=JTJ&kind=UNIT_HEAD").then().statusCode(200).body("items.id", hasItem(id));
        commander().get("/api/people?q=钱").then().statusCode(200).body("items.id", hasItem(id));
        commander().get("/api/people?unit=ZJJ").then().statusCode(200).body("items.id", not(hasItem(id)));
        commander().header("If-Match", "\"0\"").body("{\"active\": false}").patch("/api/people/" + id).then().statusCode(200);
        commander().get("/api/people?unit=JTJ&active=true").then().statusCode(200).body("items.id", not(hasItem(id)));
    }
}
