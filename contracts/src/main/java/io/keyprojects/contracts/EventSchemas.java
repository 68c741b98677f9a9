package io.keyprojects.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validates events against the envelope schema and the JSON Schema of their type. */
public final class EventSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema ENVELOPE = load("/schemas/cloudevent.v1.json");
    private static final Map<EventType, JsonSchema> DATA = new EnumMap<>(EventType.class);

    private EventSchemas() {
    }

    /**
     * The violations of {@code json} (a whole envelope); empty when it is valid. Stricter than the schemas
     * themselves: a field the schema does not declare is a violation, so a producer cannot publish more than
     * the contract says (consumers stay tolerant readers and ignore unknown fields).
     */
    public static List<String> violations(String json) {
        try {
            var node = EventJson.MAPPER.readTree(json);
            List<String> errors = new ArrayList<>(messages(ENVELOPE.validate(node)));
            var type = EventType.byTypeName(node.path("type").asText());
            if (type.isEmpty()) {
                errors.add("unknown event type " + node.path("type"));
            } else {
                JsonSchema schema = schemaOf(type.get());
                errors.addAll(messages(schema.validate(node.path("data"))));
                errors.addAll(undeclared(schema, node.path("data")));
            }
            return errors;
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    public static synchronized JsonSchema schemaOf(EventType type) {
        return DATA.computeIfAbsent(type, t -> load(t.schemaResource()));
    }

    private static List<String> undeclared(JsonSchema schema, JsonNode data) {
        JsonNode declared = schema.getSchemaNode().path("properties");
        List<String> errors = new ArrayList<>();
        data.fieldNames().forEachRemaining(field -> {
            if (!declared.has(field)) {
                errors.add("data." + field + ": not declared in the schema");
            }
        });
        return errors;
    }

    private static List<String> messages(java.util.Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema at " + resource);
            }
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
