package io.keyprojects.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every read carries an ETag and answers If-None-Match, in one place. A GET answered 200 without a version tag
 * ({@link EntityTags}) gets the tag of its body ({@link RepresentationTag}): the body is serialised here, once, and
 * sent as those very bytes, so the tag always names what went out. A GET whose If-None-Match names the current tag
 * then becomes 304 without a body (RFC 9110 §13.1.2, weak comparison), so pollers save the transfer.
 */
public class NotModified {
    private final ObjectMapper json;

    NotModified(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())
                || response.getStatus() != 200) {
            return;
        }
        if (response.getHeaders().getFirst(HttpHeaders.ETAG) == null) {
            tagByBody(response, json);
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (ifNoneMatch == null || etag == null) {
            return;
        }
        if (matches(ifNoneMatch, opaque(etag))) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    /**
     * Tags a 200 answer without an ETag by its body and answers the body's bytes (null when it is streamed or cannot
     * be written here). Text and bytes are hashed as they are; anything else is written as JSON here and sent as those
     * very bytes. Public for a cache that keeps what went out (the gateway's).
     */
    public static byte[] tagByBody(ContainerResponseContext response, ObjectMapper json) {
        Object entity = response.getEntity();
        byte[] body = null;
        if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else if (entity != null && isJson(response.getMediaType()) && !streamed(entity)) {
            body = serialise(json, entity, response.getEntityType());
            if (body != null) {
                MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
                response.setEntity(body, response.getEntityAnnotations(), type);
            }
        }
        if (body != null && response.getHeaders().getFirst(HttpHeaders.ETAG) == null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, RepresentationTag.of(body));
        }
        return body;
    }

    private static byte[] serialise(ObjectMapper json, Object entity, Type type) {
        try {
            // the declared type keeps a list's element type; a method returning Uni<X> or Response declares something else
            return type instanceof java.lang.reflect.ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                    && raw.isInstance(entity)
                    ? json.writerFor(json.getTypeFactory().constructType(type)).writeValueAsBytes(entity)
                    : json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            return null; // left to the regular writer, which reports the failure as it always does
        }
    }

    private static boolean isJson(MediaType type) {
        return type == null || "json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json");
    }

    private static boolean streamed(Object entity) {
        return entity instanceof java.io.InputStream || entity instanceof jakarta.ws.rs.core.StreamingOutput
                || entity instanceof java.io.File || entity instanceof java.nio.file.Path
                || entity.getClass().getName().startsWith("io.smallrye.mutiny.");
    }

    /** Whether an If-None-Match header names the current tag (weak comparison, a list, or {@code *}). */
    public static boolean matches(String ifNoneMatch, String current) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || opaque(t).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(Object etag) {
        String text = etag instanceof EntityTag tag ? "\"" + tag.getValue() + "\"" : String.valueOf(etag).trim();
        return text.startsWith("W/") ? text.substring(2) : text;
    }
}
