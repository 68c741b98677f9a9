package io.keyprojects.platform.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * If-None-Match on every read, in one place: a GET answered 200 with an ETag that the client already
 * holds becomes 304 without a body (RFC 9110 §13.1.2, weak comparison), so pollers save the transfer.
 */
public class NotModified {

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (ifNoneMatch == null || etag == null || response.getStatus() != 200) {
            return;
        }
        if (matches(ifNoneMatch, opaque(etag))) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    static boolean matches(String ifNoneMatch, String current) {
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
