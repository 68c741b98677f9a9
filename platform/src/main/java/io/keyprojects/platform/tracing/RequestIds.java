package io.keyprojects.platform.tracing;

import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The request id the gateway gives every request ({@code X-Request-Id}) on the service's log lines about it
 * ({@code requestId} in the log context, beside the trace and span ids) and on its server span, so a line in
 * the gateway's access log leads to the service's lines and trace.
 */
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    /** The log context (MDC) key, in plain and JSON log lines. */
    public static final String LOG_KEY = "requestId";
    /** The span attribute. */
    public static final String SPAN_ATTRIBUTE = "kp.request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** Whether {@code id} may be passed on and written down as it is. */
    public static boolean sane(String id) {
        return id != null && SANE.matcher(id).matches();
    }

    @ServerRequestFilter(preMatching = true)
    public void name(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (sane(id)) {
            MDC.put(LOG_KEY, id);
            Span.current().setAttribute(SPAN_ATTRIBUTE, id);
        }
    }

    @ServerResponseFilter
    public void forget() {
        MDC.remove(LOG_KEY);
    }
}
