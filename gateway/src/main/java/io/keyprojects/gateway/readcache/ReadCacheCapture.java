package io.keyprojects.gateway.readcache;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.platform.http.NotModified;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Hands a cacheable read's body to {@link CachedReads}: the endpoint's answer is written to bytes here (tagged as
 * platform's {@link NotModified} tags every read), so what is kept is exactly what went out.
 */
public class ReadCacheCapture {
    private final CurrentVertxRequest current;
    private final ObjectMapper json;

    ReadCacheCapture(CurrentVertxRequest current, ObjectMapper json) {
        this.current = current;
        this.json = json;
    }

    @ServerResponseFilter
    public void capture(ContainerResponseContext response) {
        RoutingContext ctx = current.getCurrent();
        if (ctx == null || ctx.get(CachedReads.MISS) == null || response.getStatus() != 200) {
            return;
        }
        byte[] body = NotModified.tagByBody(response, json);
        if (body != null) {
            ctx.put(CachedReads.BODY, body);
        }
    }
}
