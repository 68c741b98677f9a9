package io.keyprojects.projects.person;

import static io.keyprojects.projects.Fixtures.about;
import static io.keyprojects.projects.Fixtures.awaitValidEvent;
import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.newCode;
import static io.keyprojects.projects.Fixtures.project;
import static io.keyprojects.projects.Fixtures.units;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 牵头领导、专人、配合事项: a project, its cooperating units and its time nodes name who answers for them. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class NamedResponsibilityTest {

    private static String person(String body) {
        return commander().body(body).post("/api/people").then().statusCode(201).extract().path("id");
    }

    private static String leader() {
        return person("{\"name\": \"王建国\", \"title\": \"副县长\", \"kind\": \"COUNTY_LEADER\"}");
    }

    private static String staff(String unit) {
        return person("{\"name\": \"李明\", \"title\": \"建设科科长\", \"unit\": \"" + unit + "\", \"kind\": \"STAFF\", \"phone\": \"13800000000\"}");
    }

    private static String registration(String leaderId, String responsibleId, String cooperating) {
        return """
                {"code": "%s", "name": "城东污水处理厂扩建工程", "category": "ECOLOGY", "year": 2026, "leadUnit": "ZJJ",
                 "leadOfficialId": %s, "responsiblePersonId": %s, "cooperatingUnits": %s,
                 "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}"""
                .formatted(newCode(), leaderId == null ? "null" : "\"" + leaderId + "\"",
                        responsibleId == null ? "null" : "\"" + responsibleId + "\"", cooperating);
    }

    @Test
    void a_project_names_its_lead_official_and_responsible_person_and_each_cooperating_units_task() {
        units("ZJJ", "ZRJ", "CGZ");
        String leader = leader();
        String responsible = staff("ZJJ");
        String id = commander().body(registration(leader, responsible,
                        "[{\"unit\": \"ZRJ\", \"task\": \"用地报批\"}, \"CGZ\"]"))
                .post("/api/projects").then().statusCode(201)
                .body("leadOfficialId", equalTo(leader)).body("leadOfficial", equalTo("副县长王建国"))
                .body("responsiblePersonId", equalTo(responsible))
                .body("cooperatingUnits", contains("ZRJ", "CGZ"))
                .body("cooperation[0].task", equalTo("用地报批")).body("cooperation[1].task", nullValue())
                .extract().path("id");

        // the request shape from before tasks still works, and keeps the tasks the units had
        commander().header("If-Match", "\"0\"").body("{\"cooperatingUnits\": [\"ZRJ\", \"CGZ\"]}").patch("/api/projects/" + id)
                .then().statusCode(200).body("cooperation[0].task", equalTo("用地报批"));
        commander().header("If-Match", "*").body("{\"cooperatingUnits\": [{\"unit\": \"CGZ\", \"task\": \"政策处理\"}]}")
                .patch("/api/projects/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("cooperatingUnits", contains("CGZ")).body("cooperation[0].task", equalTo("政策处理"));
    }

    @Test
    void a_project_naming_an_unknown_person_is_422() {
        units("ZJJ", "ZRJ");
        commander().body(registration(UUID.randomUUID().toString(), null, "[]")).post("/api/projects").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/unknown-person"))
                .body("errors.leadOfficialId", org.hamcrest.Matchers.notNullValue());
        commander().body(registration(null, null, "[{\"unit\": \"NOSUCH\", \"task\": \"x\"}]")).post("/api/projects").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/unknown-unit"));
        String id = project("ZJJ");
        commander().header("If-Match", "*").body("{\"responsiblePersonId\": \"" + UUID.randomUUID() + "\"}").patch("/api/projects/" + id)
                .then().statusCode(422).body("type", equalTo("https://keyprojects.county/problems/unknown-person"));
    }

    @Test
    void the_lead_official_is_a_county_leader_and_the_responsible_person_one_of_the_lead_units_own() {
        units("ZJJ", "JTJ", "ZRJ");
        String staffOfZjj = staff("ZJJ");
        String staffOfJtj = staff("JTJ");
        commander().body(registration(staffOfZjj, null, "[]")).post("/api/projects").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/person-not-eligible"));
        commander().body(registration(null, staffOfJtj, "[]")).post("/api/projects").then().statusCode(422)
                .body("errors.responsiblePersonId", org.hamcrest.Matchers.notNullValue());
        // someone who left the post is named on no new work
        commander().header("If-Match", "*").body("{\"active\": false}").patch("/api/people/" + staffOfZjj).then().statusCode(200);
        commander().body(registration(null, staffOfZjj, "[]")).post("/api/projects").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/unknown-person"));
    }

    @Test
    void a_time_node_names_its_responsible_person_and_its_events_carry_the_id_not_the_contact() {
        units("ZJJ", "JTJ");
        String id = project("ZJJ");
        String responsible = staff("ZJJ");
        String other = staff("JTJ");
        department("ZJJ").body("{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"2026-05-31\", \"responsiblePersonId\": \"" + other + "\"}")
                .post("/api/projects/" + id + "/milestones").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/person-not-eligible"));
        department("ZJJ").body("{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"2026-05-31\", \"responsiblePersonId\": \"" + UUID.randomUUID() + "\"}")
                .post("/api/projects/" + id + "/milestones").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/unknown-person"));
        String node = department("ZJJ").body("{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"2026-05-31\", \"responsiblePersonId\": \"" + responsible + "\"}")
                .post("/api/projects/" + id + "/milestones").then().statusCode(201)
                .body("responsiblePersonId", equalTo(responsible)).extract().path("id");
        var planned = awaitValidEvent(e -> id.equals(e.subject()) && e.type().endsWith("milestone-planned.v1")
                && node.equals(e.data().get("id").asText()));
        assertEquals(responsible, planned.data().get("responsiblePersonId").asText());
        assertEquals(-1, planned.data().toString().indexOf("13800000000"));
    }
}
