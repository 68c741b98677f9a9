package io.keyprojects.platform.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Visits every schema of a document once: components, parameters, bodies, responses, headers, and all they nest. */
final class SchemaWalk {
    private final Consumer<Schema> visit;
    private final Map<Schema, Boolean> seen = new IdentityHashMap<>();

    private SchemaWalk(Consumer<Schema> visit) {
        this.visit = visit;
    }

    static void each(OpenAPI api, Consumer<Schema> visit) {
        SchemaWalk walk = new SchemaWalk(visit);
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            new ArrayList<>(api.getComponents().getSchemas().values()).forEach(walk::schema);
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().map(Parameter::getSchema).forEach(walk::schema);
            }
            if (operation.getRequestBody() != null) {
                walk.content(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    walk.content(response.getContent());
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().stream().map(Header::getSchema).forEach(walk::schema);
                    }
                }
            }
        }));
    }

    private void content(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> schema(media.getSchema()));
        }
    }

    private void schema(Schema schema) {
        if (schema == null || seen.put(schema, true) != null) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(this::schema);
        }
        schema(schema.getItems());
        schema(schema.getAdditionalPropertiesSchema());
        schema(schema.getNot());
        all(schema.getAllOf());
        all(schema.getAnyOf());
        all(schema.getOneOf());
    }

    private void all(Collection<Schema> schemas) {
        if (schemas != null) {
            List.copyOf(schemas).forEach(this::schema);
        }
    }
}
