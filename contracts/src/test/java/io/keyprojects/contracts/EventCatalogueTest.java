package io.keyprojects.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document and {@link EventType} say the same: every type has a message, every message a type. */
class EventCatalogueTest {

    @Test
    void every_event_type_has_a_loadable_schema_whose_id_is_its_dataschema() {
        for (EventType type : EventType.values()) {
            var schema = EventSchemas.dataSchemaOf(type);
            assertNotNull(schema, type.name());
            assertEquals(type.dataSchema(), schema.getSchemaNode().path("$id").asText(), type + ": the schema's $id");
            assertEquals(false, schema.getSchemaNode().path("additionalProperties").asBoolean(true),
                    type + ": data allows no undeclared field");
        }
    }

    @Test
    void the_asyncapi_document_lists_every_event_type_on_its_topic_and_nothing_else() {
        Set<String> expected = new TreeSet<>();
        for (EventType type : EventType.values()) {
            expected.add(type.topic() + " " + type.typeName());
        }
        List<String> listed = EventSchemas.catalogue();
        assertEquals(expected, new TreeSet<>(listed), "asyncapi.yaml's messages per channel against EventType");
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "a type listed twice");
    }

    @Test
    void each_message_pins_its_type_source_and_dataschema_and_refers_to_the_type_schema() {
        var messages = EventSchemas.document().path("components").path("messages");
        List<String> checked = new ArrayList<>();
        messages.fields().forEachRemaining(entry -> {
            var message = entry.getValue();
            var type = EventType.byTypeName(message.path("name").asText());
            if (type.isEmpty()) {
                return; // the dead-letter record; the catalogue test holds events and types in step
            }
            var pinned = message.path("payload").path("allOf").path(1).path("properties");
            String name = entry.getKey();
            assertEquals(type.get().typeName(), pinned.path("type").path("const").asText(), name);
            assertEquals(type.get().source(), pinned.path("source").path("const").asText(), name);
            assertEquals(type.get().dataSchema(), pinned.path("dataschema").path("const").asText(), name);
            assertEquals(type.get().schemaResource().substring(1), pinned.path("data").path("$ref").asText(), name);
            assertEquals("#/components/schemas/envelope", message.path("payload").path("allOf").path(0).path("$ref").asText(), name);
            checked.add(name);
        });
        assertEquals(EventType.values().length, checked.size());
    }

    @Test
    void every_topic_has_its_dead_letter_channel() {
        Set<String> addresses = new TreeSet<>();
        EventSchemas.document().path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        for (String topic : List.of(Topics.PROJECTS, Topics.ISSUES, Topics.ASSESSMENT, Topics.NOTIFICATIONS)) {
            assertTrue(addresses.contains(topic), topic);
            assertTrue(addresses.contains(Topics.deadLetter(topic)), Topics.deadLetter(topic));
        }
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
            assertTrue(type.typeName().matches("^county\\.(projects|issues|assessment|notifications)\\.[a-z-]+\\.v[0-9]+$"), type.typeName());
            assertTrue(names.add(type.typeName()), "duplicate " + type.typeName());
        }
    }
}
