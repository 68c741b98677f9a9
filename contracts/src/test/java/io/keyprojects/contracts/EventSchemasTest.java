package io.keyprojects.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static String event(EventType type, String dataJson) throws Exception {
        var data = EventJson.MAPPER.readTree(dataJson);
        return EventJson.write(CloudEvent.of(type, "ZJJ", data, Instant.parse("2026-03-01T08:00:00Z")));
    }

    @Test
    void a_well_formed_unit_registered_event_is_valid() throws Exception {
        var json = event(EventType.UNIT_REGISTERED, "{\"code\":\"ZJJ\",\"name\":\"住建局\",\"kind\":\"BUREAU\"}");
        assertEquals(java.util.List.of(), EventSchemas.violations(json));
    }

    @Test
    void an_unknown_enum_value_in_data_is_a_violation() throws Exception {
        var json = event(EventType.UNIT_REGISTERED, "{\"code\":\"ZJJ\",\"name\":\"住建局\",\"kind\":\"CASTLE\"}");
        assertFalse(EventSchemas.violations(json).isEmpty());
    }

    @Test
    void an_envelope_without_a_subject_is_a_violation() throws Exception {
        var json = event(EventType.UNIT_REGISTERED, "{\"code\":\"ZJJ\",\"name\":\"住建局\",\"kind\":\"BUREAU\"}")
                .replace("\"subject\":\"ZJJ\",", "");
        assertFalse(EventSchemas.violations(json).isEmpty());
    }

    private static final String UNIT = "{\"code\":\"ZJJ\",\"name\":\"住建局\",\"kind\":\"BUREAU\"}";
    private static final Map<String, String> HEADERS = Map.of("content-type", "application/cloudevents+json",
            "ce_id", "0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01", "ce_type", "county.projects.unit-registered.v1");

    @Test
    void a_record_as_the_relay_sends_it_is_valid() throws Exception {
        assertEquals(List.of(), EventSchemas.violations(Topics.PROJECTS, "ZJJ", HEADERS, event(EventType.UNIT_REGISTERED, UNIT)));
    }

    @Test
    void an_event_carries_the_uri_of_its_data_schema() throws Exception {
        var json = event(EventType.UNIT_REGISTERED, UNIT);
        assertEquals("https://keyprojects.county/schemas/county.projects.unit-registered.v1.json",
                EventJson.MAPPER.readTree(json).path("dataschema").asText());
        var wrong = json.replace("unit-registered.v1.json", "project-registered.v1.json");
        assertFalse(EventSchemas.violations(wrong).isEmpty(), "dataschema of another type");
    }

    @Test
    void a_record_keyed_other_than_by_its_subject_is_a_violation() throws Exception {
        assertEquals(1, EventSchemas.violations(Topics.PROJECTS, "CGZ", HEADERS, event(EventType.UNIT_REGISTERED, UNIT)).size());
    }

    @Test
    void a_record_in_binary_mode_or_without_its_headers_is_a_violation() throws Exception {
        var json = event(EventType.UNIT_REGISTERED, UNIT);
        var binary = new HashMap<>(HEADERS);
        binary.put("content-type", "application/json");
        assertFalse(EventSchemas.violations(Topics.PROJECTS, "ZJJ", binary, json).isEmpty());
        assertFalse(EventSchemas.violations(Topics.PROJECTS, "ZJJ", Map.of("content-type", "application/cloudevents+json"), json).isEmpty());
    }

    @Test
    void an_event_on_another_topic_than_its_types_is_a_violation() throws Exception {
        var violations = EventSchemas.violations(Topics.ISSUES, "ZJJ", HEADERS, event(EventType.UNIT_REGISTERED, UNIT));
        assertEquals(List.of("type \"county.projects.unit-registered.v1\" is not a message of issues.events in asyncapi.yaml"), violations);
    }

    @Test
    void an_extension_attribute_or_a_malformed_id_is_a_violation() throws Exception {
        var json = event(EventType.UNIT_REGISTERED, UNIT);
        assertFalse(EventSchemas.violations(json.replace("\"specversion\"", "\"traceparent\":\"00-x\",\"specversion\"")).isEmpty());
        var id = EventJson.MAPPER.readTree(json).path("id").asText();
        assertFalse(EventSchemas.violations(json.replace(id, "z".repeat(36))).isEmpty());
    }

    @Test
    void a_dead_lettered_record_names_why_and_where_it_came_from() {
        var dead = new HashMap<>(HEADERS);
        dead.putAll(Map.of("dead-letter-reason", "not a CloudEvents JSON envelope", "dead-letter-topic", Topics.PROJECTS,
                "dead-letter-partition", "2", "dead-letter-offset", "41",
                "dead-letter-exception-class-name", MalformedEventException.class.getName()));
        assertEquals(List.of(), EventSchemas.deadLetterViolations(Topics.deadLetter(Topics.PROJECTS), dead));
        dead.remove("dead-letter-reason");
        assertFalse(EventSchemas.deadLetterViolations(Topics.deadLetter(Topics.PROJECTS), dead).isEmpty());
    }

    @Test
    void an_envelope_round_trips_through_its_wire_form() throws Exception {
        var json = event(EventType.UNIT_REGISTERED, "{\"code\":\"ZJJ\",\"name\":\"住建局\",\"kind\":\"BUREAU\"}");
        var parsed = EventJson.read(json);
        assertEquals("county.projects.unit-registered.v1", parsed.type());
        assertEquals(Instant.parse("2026-03-01T08:00:00Z"), parsed.time());
        assertEquals("住建局", parsed.data().get("name").asText());
    }

    @Test
    void garbage_is_a_malformed_event_not_a_crash() {
        assertThrows(MalformedEventException.class, () -> EventJson.read("{not json"));
        assertThrows(MalformedEventException.class, () -> EventJson.read("{\"hello\":1}"));
    }
}
