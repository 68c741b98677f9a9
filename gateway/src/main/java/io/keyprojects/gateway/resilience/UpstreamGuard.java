package io.keyprojects.gateway.resilience;

import io.keyprojects.gateway.upstream.GatewayProblems;
import io.keyprojects.gateway.upstream.RequestIds;
import io.keyprojects.gateway.upstream.Instance;
import io.keyprojects.platform.problem.Problem;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Wraps every proxied call to one service: picks the instance (round-robin over those in rotation, each behind
 * its own circuit; 503 problem at once when every circuit is open), retries idempotent reads on another instance
 * after a failed connection, with backoff, and gives RFC 9457 problems instead of vertx-http-proxy's bare 502 when
 * the service is down (503) or silent (504). The upstream's own answers pass unchanged.
 */
public final class UpstreamGuard implements ProxyInterceptor {
    /** The {@link ProxyContext} attribute naming the instance this attempt goes to (read by the origin provider). */
    public static final String INSTANCE = "kp.instance";
    private static final Logger LOG = Logger.getLogger(UpstreamGuard.class);
    private final InstancePool pool;
    private final RetryPolicy retry;
    private final Vertx vertx;

    public UpstreamGuard(InstancePool pool, RetryPolicy retry, Vertx vertx) {
        this.pool = pool;
        this.retry = retry;
        this.vertx = vertx;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        boolean hasBody = incoming.getHeader(HttpHeaders.CONTENT_LENGTH) != null && !"0".equals(incoming.getHeader(HttpHeaders.CONTENT_LENGTH))
                || incoming.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        boolean retriable = retry.appliesTo(incoming.method(), hasBody);
        if (retriable) {
            // nothing to stream, so the request can be sent again; the empty stream is drained here
            context.request().setBody(null);
            incoming.resume();
        }
        return attempt(context, 0, retriable, new HashSet<>());
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // the gateway already answers with the request id; the upstream's echo would duplicate it
        context.response().headers().remove(RequestIds.HEADER);
        return context.sendResponse();
    }

    private Future<ProxyResponse> attempt(ProxyContext context, int retriesSoFar, boolean retriable, Set<Instance> tried) {
        Optional<BalancedInstance> chosen = pool.choose(tried);
        if (chosen.isEmpty()) {
            return Future.succeededFuture(problem(context, Problem.of(503, "circuit-open", "Service unavailable",
                    name() + " is failing; the gateway is not calling it for a moment, retry later"),
                    pool.retryAfterSeconds()));
        }
        BalancedInstance member = chosen.get();
        tried.add(member.instance());
        context.set(INSTANCE, member.instance());
        return context.sendRequest().transform(outcome -> {
            if (outcome.succeeded()) {
                member.answered(outcome.result().getStatusCode());
                return Future.succeededFuture(outcome.result());
            }
            if (member.failed(outcome.cause())) {
                LOG.warnf("%s instance %s refused a connection: out of rotation until its health check passes", name(), member);
            }
            Problem problem = describe(outcome.cause());
            // a refused or dropped connection is worth another try of a read (on another instance when there is one); a
            // silent service is not (it would multiply the wait by the number of attempts). A write is tried again only
            // when its connection was refused: then it never reached the service, and its body has not been read yet.
            boolean mayRepeat = retriable ? problem.status() == 503 : BalancedInstance.refused(outcome.cause());
            if (mayRepeat && retry.mayRetry(retriesSoFar)) {
                return delay(retry.delayMillis(retriesSoFar)).compose(v -> attempt(context, retriesSoFar + 1, retriable, tried));
            }
            return Future.succeededFuture(problem(context, problem, 0));
        });
    }

    private String name() {
        return pool.upstream().name();
    }

    private Problem describe(Throwable failure) {
        boolean timedOut = failure instanceof TimeoutException
                || String.valueOf(failure.getMessage()).toLowerCase().contains("timeout");
        return timedOut
                ? Problem.of(504, "upstream-timeout", "Gateway timeout", name() + " did not answer in time")
                : Problem.of(503, "upstream-unavailable", "Service unavailable",
                        name() + " is not reachable; retry later");
    }

    private ProxyResponse problem(ProxyContext context, Problem problem, long retryAfterSeconds) {
        String path = context.request().proxiedRequest().path();
        context.request().release(); // drain what the client still sends
        ProxyResponse response = context.request().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(GatewayProblems.json(problem.at(path))));
        if (retryAfterSeconds > 0) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
        return response;
    }

    private Future<Void> delay(long millis) {
        Promise<Void> promise = Promise.promise();
        vertx.setTimer(Math.max(1, millis), id -> promise.complete());
        return promise.future();
    }
}
