package io.keyprojects.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks events against the AsyncAPI document ({@code asyncapi.yaml}), the contract departments consume from:
 * a record must be a message of its topic's channel (found by its {@code type}), its value valid against that
 * message's payload schema (the CloudEvent envelope with its {@code data} by reference to the type's JSON Schema,
 * undeclared fields refused), its headers against the message's headers, and its key the event's subject.
 * Test code only: producers are held to the contract by tests, services never validate at run time.
 */
public final class EventSchemas {
    private static final String DOCUMENT = "classpath:asyncapi.yaml";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true) // a uuid, date-time or date that is not one is a violation
            .locale(Locale.ENGLISH)
            .build();
    private static final JsonNode ASYNCAPI = readDocument();
    private static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();

    private EventSchemas() {
    }

    /** The violations of {@code json}, a whole record value, against its type's message on its type's topic; empty when valid. */
    public static List<String> violations(String json) {
        JsonNode event;
        try {
            event = EventJson.MAPPER.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        String type = event.path("type").asText();
        Optional<String> topic = EventType.byTypeName(type).map(EventType::topic);
        if (topic.isEmpty()) {
            return List.of("unknown event type " + event.path("type"));
        }
        return violations(topic.get(), event.path("subject").asText(null), null, json);
    }

    /**
     * The violations of a record as read off {@code topic}: its value against the payload of the channel's message
     * named by the event's {@code type}, its {@code headers} against that message's headers (unless null: a value
     * checked before it was sent has none yet), its key against the event's {@code subject}.
     */
    public static List<String> violations(String topic, String key, Map<String, String> headers, String value) {
        JsonNode event;
        try {
            event = EventJson.MAPPER.readTree(value);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        Optional<String> channel = channelOf(topic);
        if (channel.isEmpty()) {
            return List.of("no channel for topic " + topic + " in asyncapi.yaml");
        }
        String type = event.path("type").asText();
        Optional<String> message = messageOf(channel.get(), type);
        if (message.isEmpty()) {
            return List.of("type " + event.path("type") + " is not a message of " + topic + " in asyncapi.yaml");
        }
        String pointer = "/components/messages/" + message.get();
        List<String> errors = new ArrayList<>(messages("", schema(pointer + "/payload").validate(event)));
        if (headers != null) {
            errors.addAll(messages("headers", schema(headersPointer(message.get())).validate(EventJson.MAPPER.valueToTree(headers))));
        }
        if (key == null || !key.equals(event.path("subject").asText(null))) {
            errors.add("key " + key + " is not the event's subject " + event.path("subject"));
        }
        return errors;
    }

    /** The violations of the headers of a record on a dead-letter topic against the document's dead-letter message. */
    public static List<String> deadLetterViolations(String topic, Map<String, String> headers) {
        Optional<String> channel = channelOf(topic);
        if (channel.isEmpty()) {
            return List.of("no channel for topic " + topic + " in asyncapi.yaml");
        }
        List<String> errors = new ArrayList<>();
        for (JsonNode ref : ASYNCAPI.path("channels").path(channel.get()).path("messages")) {
            String message = ref.path("$ref").asText().substring("#/components/messages/".length());
            errors.addAll(messages("headers", schema(headersPointer(message)).validate(EventJson.MAPPER.valueToTree(headers))));
        }
        return errors;
    }

    /** Each event type's message names, as the AsyncAPI document lists them per topic: "topic type". */
    public static List<String> catalogue() {
        List<String> listed = new ArrayList<>();
        ASYNCAPI.path("channels").forEach(channel -> channel.path("messages").forEach(ref -> {
            JsonNode message = resolve(ref);
            if (message.path("payload").has("allOf")) { // an event, not a dead-letter record
                listed.add(channel.path("address").asText() + " " + message.path("name").asText());
            }
        }));
        return listed;
    }

    /** The AsyncAPI document as a tree. */
    public static JsonNode document() {
        return ASYNCAPI;
    }

    /** The JSON Schema of {@code type}'s data, from its file. */
    public static JsonSchema dataSchemaOf(EventType type) {
        return schema(type.schemaResource().substring(1));
    }

    private static Optional<String> channelOf(String topic) {
        var fields = ASYNCAPI.path("channels").fields();
        while (fields.hasNext()) {
            var channel = fields.next();
            if (topic.equals(channel.getValue().path("address").asText())) {
                return Optional.of(channel.getKey());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> messageOf(String channel, String type) {
        for (JsonNode ref : ASYNCAPI.path("channels").path(channel).path("messages")) {
            if (type.equals(resolve(ref).path("name").asText())) {
                return Optional.of(ref.path("$ref").asText().substring("#/components/messages/".length()));
            }
        }
        return Optional.empty();
    }

    /** The message's own headers, or those of the first trait that declares them. */
    private static String headersPointer(String message) {
        JsonNode node = ASYNCAPI.path("components").path("messages").path(message);
        if (node.has("headers")) {
            return "/components/messages/" + message + "/headers";
        }
        for (JsonNode trait : node.path("traits")) {
            if (resolve(trait).has("headers")) {
                return trait.path("$ref").asText().substring(1) + "/headers";
            }
        }
        throw new IllegalStateException("message " + message + " declares no headers");
    }

    private static JsonNode resolve(JsonNode ref) {
        return ref.has("$ref") ? ASYNCAPI.at(ref.path("$ref").asText().substring(1)) : ref;
    }

    /** A schema inside the document (a JSON pointer) or a file beside it; its relative references resolve as a parser's do. */
    private static synchronized JsonSchema schema(String where) {
        return SCHEMAS.computeIfAbsent(where, w -> FACTORY.getSchema(
                SchemaLocation.of(w.startsWith("/") ? DOCUMENT + "#" + w : "classpath:" + w), CONFIG));
    }

    private static List<String> messages(String prefix, Set<ValidationMessage> messages) {
        return messages.stream().map(m -> prefix.isEmpty() ? m.getMessage() : prefix + " " + m.getMessage()).sorted().toList();
    }

    private static JsonNode readDocument() {
        try (InputStream in = EventSchemas.class.getResourceAsStream("/asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("no asyncapi.yaml on the class path");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
