package io.keyprojects.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
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
