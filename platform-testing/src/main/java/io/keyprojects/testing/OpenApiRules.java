package io.keyprojects.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an OpenAPI document of ours must be for a department to generate a client from it: accepted by
 * swagger-parser without a message, an operationId (camelCase, unique) on every operation, a schema on
 * every success answer and the Problem schema on every error answer, only the bearer/API-key security
 * model, no Java type posing as a schema, a required If-Match on updates, and examples valid against
 * their schemas. {@link #violations} lists what is wrong, one line each.
 */
public final class OpenApiRules {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Set<String> FRAMEWORK_NAMES = Set.of("JsonNode", "ObjectNode", "ArrayNode", "JsonNodeType",
            "LocalDate", "LocalDateTime", "Instant", "OffsetDateTime", "UUID", "Duration", "BigDecimal", "Object",
            "Uni", "Multi", "Response", "RoutingContext");
    private static final Set<String> SCHEMES = Set.of("bearer", "apiKey");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private OpenApiRules() {
    }

    public static List<String> violations(String document) {
        List<String> out = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var parsed = new OpenAPIV3Parser().readContents(document, null, options);
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(m -> out.add("swagger-parser: " + m));
        }
        JsonNode doc;
        try {
            doc = JSON.readTree(document);
        } catch (Exception e) {
            out.add("not JSON: " + e.getMessage());
            return out;
        }
        doc.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (FRAMEWORK_NAMES.contains(name)) {
                out.add("schema named after a Java type: " + name);
            }
        });
        doc.path("components").path("securitySchemes").fieldNames().forEachRemaining(name -> {
            if (!SCHEMES.contains(name)) {
                out.add("a second security scheme: " + name);
            }
        });
        Map<String, String> operationIds = new HashMap<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operation(doc, entry.getKey().toUpperCase() + " " + path.getKey(), entry.getKey(), entry.getValue(), operationIds, out);
            }
        }));
        return out;
    }

    private static void operation(JsonNode doc, String name, String method, JsonNode operation, Map<String, String> ids,
                                  List<String> out) {
        String id = operation.path("operationId").asText("");
        if (!id.matches("[a-z][A-Za-z0-9]*")) {
            out.add(name + ": operationId '" + id + "' is missing or not camelCase");
        } else if (ids.putIfAbsent(id, name) != null) {
            out.add(name + ": operationId " + id + " is also " + ids.get(id));
        }
        for (JsonNode requirement : operation.path("security")) {
            requirement.fieldNames().forEachRemaining(scheme -> {
                if (!SCHEMES.contains(scheme)) {
                    out.add(name + ": secured by " + scheme + ", not the bearer/API-key model");
                }
            });
        }
        if (method.equals("patch")) {
            boolean ifMatch = false;
            for (JsonNode parameter : operation.path("parameters")) {
                ifMatch |= "If-Match".equalsIgnoreCase(parameter.path("name").asText()) && parameter.path("required").asBoolean();
            }
            if (!ifMatch) {
                out.add(name + ": an update without a required If-Match header");
            }
        }
        examples(doc, name + " request", operation.path("requestBody").path("content"), out);
        operation.path("responses").fields().forEachRemaining(response -> {
            String code = response.getKey();
            JsonNode answer = resolve(doc, response.getValue());
            JsonNode content = answer.path("content");
            if (code.startsWith("2") && !code.equals("204")) {
                if (content.isEmpty()) {
                    out.add(name + " " + code + ": no response schema");
                }
                content.fields().forEachRemaining(media -> {
                    if (!media.getValue().has("schema")) {
                        out.add(name + " " + code + " " + media.getKey() + ": no schema");
                    }
                });
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                String problem = content.path("application/problem+json").path("schema").path("$ref").asText();
                if (!problem.endsWith("/Problem")) {
                    out.add(name + " " + code + ": not an application/problem+json Problem");
                }
            }
            examples(doc, name + " " + code, content, out);
        });
    }

    /** Every example of every media type, validated against its schema (references resolved in the document). */
    private static void examples(JsonNode doc, String where, JsonNode content, List<String> out) {
        content.fields().forEachRemaining(media -> {
            JsonNode schema = media.getValue().path("schema");
            if (schema.isMissingNode() || !media.getKey().contains("json")) {
                return;
            }
            List<JsonNode> values = new ArrayList<>();
            if (media.getValue().has("example")) {
                values.add(media.getValue().get("example"));
            }
            media.getValue().path("examples").forEach(example -> values.add(resolve(doc, example).path("value")));
            for (JsonNode value : values) {
                JsonNode instance = value;
                if (value.isTextual()) {
                    try {
                        instance = JSON.readTree(value.asText()); // examples written as JSON text in annotations
                    } catch (Exception e) {
                        instance = value;
                    }
                }
                ObjectNode root = schema.deepCopy();
                root.set("components", doc.path("components")); // so #/components/... resolves
                var errors = SCHEMAS.getSchema(root).validate(instance);
                errors.forEach(e -> out.add(where + " " + media.getKey() + " example: " + e.getMessage()));
            }
        });
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? doc.at(ref.substring(1)) : node;
    }
}
