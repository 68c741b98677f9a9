package io.keyprojects.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class EventCatalogueTest {

    @Test
    void every_event_type_has_a_loadable_schema() {
        for (EventType type : EventType.values()) {
            assertNotNull(EventSchemas.schemaOf(type), type.name());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_asyncapi_document_lists_every_event_type_on_its_topic() throws Exception {
        Map<String, Object> doc;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi.yaml")) {
            doc = new Yaml().load(in);
        }
        var channels = (Map<String, Map<String, Object>>) doc.get("channels");
        List<String> listed = new ArrayList<>();
        for (var channel : channels.values()) {
            var messages = (Map<String, Map<String, Object>>) channel.get("messages");
            messages.values().forEach(m -> listed.add(channel.get("address") + " " + m.get("name")));
        }
        for (EventType type : EventType.values()) {
            assertTrue(listed.contains(type.topic() + " " + type.typeName()), type + " missing from asyncapi.yaml");
        }
        assertEquals(EventType.values().length, listed.size(), "asyncapi.yaml lists a type the code does not know");
    }

    @Test
    void every_event_type_comes_from_the_owner_of_its_topic() {
        for (EventType type : EventType.values()) {
            assertEquals(Topics.owner(type.topic()).orElse("no owner"), type.source(), type + " on " + type.topic());
        }
    }

    @Test
    void type_names_follow_the_naming_rule_and_are_unique() {
        var names = new java.util.HashSet<String>();
        for (EventType type : EventType.values()) {
            assertTrue(type.typeName().matches("^county\\.(projects|issues|assessment)\\.[a-z-]+\\.v[0-9]+$"), type.typeName());
            assertTrue(names.add(type.typeName()), "duplicate " + type.typeName());
        }
    }
}
