package io.keyprojects.platform.openapi;

import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The standard parts of every service's OpenAPI document, written once: the {@code Problem} schema on
 * every error response (with the 401/403 of every secured operation), the {@code Money} schema, one
 * security model ({@code bearer} JWT or the {@code apiKey} a department system sends to the gateway —
 * the same two schemes the gateway's merged document declares), {@code Location} on 201/202, a
 * required {@code If-Match} on every update, and on every read its {@code ETag}, {@code If-None-Match} and 304.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiConventions implements OASFilter {
    public static final String PROBLEM = "Problem";
    /** Money (万元) travels as a decimal string so no client rounds it through a binary float. */
    public static final String MONEY = "Money";
    /** A measured quantity (an area in 亩 or m²) travels like money: a decimal string, exact. */
    public static final String DECIMAL = "Decimal";
    public static final String BEARER = "bearer";
    public static final String API_KEY = "apiKey";
    /** The scheme name Quarkus gives the token scheme it derives from {@code @RolesAllowed}. */
    private static final String DERIVED_SCHEME = "SecurityScheme";
    private static final List<String> PLATFORM_TYPES = List.of("LocalDate", "LocalDateTime", "LocalTime", "Instant",
            "OffsetDateTime", "ZonedDateTime", "Duration", "Period", "YearMonth", "UUID", "URI", "URL");
    /** Jackson's trees, where a resource passes JSON through: documented as any JSON object. */
    private static final List<String> JSON_TREES = List.of("JsonNode", "ObjectNode");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema(PROBLEM, problem());
        components.addSchema(MONEY, money());
        components.addSchema(DECIMAL, decimal());
        securitySchemes(components);
        Set<String> referenced = new TreeSet<>();
        SchemaWalk.each(api, schema -> {
            if (schema.getRef() != null) {
                referenced.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            }
        });
        pages(components, referenced);
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> operation(method, operation)));
        }
        inlinePlatformTypes(api, components);
        // a reference is the whole schema: a type beside it (what the scanner writes for a field typed JsonNode but
        // documented by implementation) is one that generators drop with a warning
        SchemaWalk.each(api, schema -> {
            if (schema.getRef() != null && schema.getType() != null) {
                schema.setType(null);
            }
        });
    }

    /**
     * {@code LocalDate}, {@code Instant}, {@code UUID}… are formats of a string, not types of ours: written
     * in place ({@code type: string, format: date}) so no client generates a class named after Java's.
     */
    private static void inlinePlatformTypes(OpenAPI api, Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> platform = new LinkedHashMap<>();
        for (String name : PLATFORM_TYPES) {
            Schema schema = components.getSchemas().get(name);
            if (schema != null) {
                platform.put("#/components/schemas/" + name, schema);
            }
        }
        SchemaWalk.each(api, schema -> {
            Schema target = schema.getRef() == null ? null : platform.get(schema.getRef());
            if (schema.getRef() != null && JSON_TREES.contains(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1))) {
                schema.setRef(null);
                schema.setType(List.of(Schema.SchemaType.OBJECT)); // any JSON object
            } else if (target != null) {
                schema.setRef(null);
                schema.setType(target.getType() == null ? null : new ArrayList<>(target.getType()));
                schema.setFormat(target.getFormat());
                schema.setPattern(target.getPattern());
                if (schema.getExamples() == null && target.getExamples() != null) {
                    schema.setExamples(new ArrayList<>(target.getExamples()));
                }
            }
        });
        PLATFORM_TYPES.forEach(components::removeSchema);
        JSON_TREES.forEach(components::removeSchema);
        components.removeSchema("JsonNodeType");
    }

    /**
     * A paged list answers {@code Page<X>}; an operation that declares its answer by reference names it
     * {@code PageX}, the name the scanner gives the same type, and it is written here from X.
     */
    private static void pages(Components components, Set<String> referenced) {
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : Map.copyOf(components.getSchemas());
        for (String name : referenced) {
            String item = name.startsWith("Page") ? name.substring("Page".length()) : "";
            if (!schemas.containsKey(name) && schemas.containsKey(item)) {
                Schema count = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
                components.addSchema(name, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("one page of " + item + " and the total of all matches")
                        .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref(item)))
                        .addProperty("page", count)
                        .addProperty("size", count)
                        .addProperty("total", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64"))
                        .required(List.of("items", "page", "size", "total")));
            }
        }
    }

    private static void operation(PathItem.HttpMethod method, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            operation.setSecurity(new ArrayList<>(List.of(requirement(BEARER), requirement(API_KEY))));
            respond(operation, 401, "no valid bearer token or API key");
            respond(operation, 403, "the caller's role or unit may not do this");
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, response) -> response(code, response));
            APIResponse ok = operation.getResponses().getAPIResponse("200");
            if (method == PathItem.HttpMethod.GET && ok != null) {
                // every read is tagged (NotModified): by its version where it has one, else by its body's hash
                if (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) {
                    ok.addHeader("ETag", OASFactory.createHeader().description(READ_TAG)
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
                }
                conditionalRead(operation);
            }
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.HEADER && IfMatch.HEADER.equalsIgnoreCase(parameter.getName())
                        && method == PathItem.HttpMethod.PATCH) {
                    parameter.setRequired(true);
                    parameter.setDescription(IfMatch.DESCRIPTION);
                }
            }
        }
    }

    private static void response(String code, APIResponse response) {
        int status = code.matches("\\d{3}") ? Integer.parseInt(code) : 0;
        if (response.getRef() != null) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            Response.Status known = Response.Status.fromStatusCode(status);
            response.setDescription(known == null ? "HTTP " + code : known.getReasonPhrase());
        }
        if (status >= 400) {
            response.setContent(problemContent(response.getContent()));
        }
        if (status >= 200 && status < 300) {
            documentsAsFiles(response.getContent());
        }
        if ((status == 201 || status == 202) && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
            response.addHeader("Location", OASFactory.createHeader().required(true)
                    .description(status == 201 ? "where the new resource is read" : "where the job's progress is read")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")));
        }
    }

    /**
     * A success answer that is not JSON (CSV, HTML, Atom) is a document, not a JSON string: declared as binary,
     * generated clients hand it over as it came (a file, a blob) instead of trying to read it as JSON.
     */
    private static void documentsAsFiles(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((media, declared) -> {
            Schema schema = declared.getSchema();
            if (!media.contains("json") && schema != null && schema.getRef() == null && schema.getFormat() == null
                    && schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.STRING))) {
                schema.setFormat("binary");
            }
        });
    }

    /** {@code application/problem+json} with the Problem schema, keeping the examples an operation gave. */
    private static Content problemContent(Content declared) {
        Map<String, Example> examples = new LinkedHashMap<>();
        if (declared != null && declared.getMediaTypes() != null) {
            declared.getMediaTypes().values().stream().filter(m -> m.getExamples() != null)
                    .forEach(m -> examples.putAll(m.getExamples()));
        }
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        if (!examples.isEmpty()) {
            media.setExamples(examples);
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    private static final String READ_TAG = "the answer's tag (a hash of its body): send it in If-None-Match to read it again cheaply";

    /** A read with an ETag answers 304 to an If-None-Match naming it ({@code NotModified}). */
    private static void conditionalRead(Operation operation) {
        respond(operation, 304, "not modified: the ETag in If-None-Match is still current (no body)");
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("the ETag you hold; 304 without a body while it is current")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static void respond(Operation operation, int status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().getAPIResponse(Integer.toString(status)) == null) {
            operation.getResponses().addAPIResponse(Integer.toString(status),
                    OASFactory.createAPIResponse().description(description));
        }
    }

    private static void securitySchemes(Components components) {
        if (components.getSecuritySchemes() != null) {
            components.removeSecurityScheme(DERIVED_SCHEME);
        }
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("RS256 token; roles in the groups claim, a department's unit in the unit claim"));
        components.addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                .description("a department system's key, bound to a unit and roles (created by the commander); "
                        + "the gateway exchanges it for a token"));
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static Schema problem() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; extension members (e.g. allowedMoves, currentVersion) may follow")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .description("what kind of problem: https://keyprojects.county/problems/<slug>"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the path the problem is about"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("each invalid field or parameter and what is wrong with it")
                        .additionalPropertiesSchema(text))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(true)
                .examples(List.of(Map.of("type", "https://keyprojects.county/problems/invalid-request",
                        "title", "Invalid request", "status", 400, "detail", "some fields are not valid",
                        "instance", "/api/projects", "errors", Map.of("year", "must be between 2000 and 2100"))));
    }

    private static Schema decimal() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^-?[0-9]+(\\.[0-9]+)?$")
                .description("a measured quantity (an area in 亩 or m²), a decimal written as a string so it keeps its exact value")
                .examples(List.of("120.50"));
    }

    private static Schema money() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^-?[0-9]+(\\.[0-9]+)?$")
                .description("an amount in 万元 (10,000 CNY), a decimal written as a string so it keeps its exact value")
                .examples(List.of("18000.00"));
    }
}
