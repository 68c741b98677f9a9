package io.keyprojects.gateway.resilience;

import io.keyprojects.gateway.upstream.GatewayProblems;
import io.keyprojects.gateway.upstream.RequestIds;
import io.keyprojects.gateway.upstream.Upstream;
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
import java.util.concurrent.TimeoutException;

/**
 * Wraps every proxied call to one upstream: the circuit breaker (503 problem at once while open),
 * retries with backoff for idempotent reads after a failed connection, and RFC 9457 problems instead of vertx-http-proxy's bare
 * 502 when the upstream is down (503) or silent (504). The upstream's own answers pass unchanged.
 */
public final class UpstreamGuard implements ProxyInterceptor {
    private final Upstream upstream;
    private final CircuitBreaker breaker;
    private final RetryPolicy retry;
    private final Vertx vertx;

    public UpstreamGuard(Upstream upstream, CircuitBreaker breaker, RetryPolicy retry, Vertx vertx) {
        this.upstream = upstream;
        this.breaker = breaker;
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
        return attempt(context, 0, retriable);
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // the gateway already answers with the request id; the upstream's echo would duplicate it
        context.response().headers().remove(RequestIds.HEADER);
        return context.sendResponse();
    }

    private Future<ProxyResponse> attempt(ProxyContext context, int retriesSoFar, boolean retriable) {
        if (!breaker.tryAcquire()) {
            return Future.succeededFuture(problem(context, Problem.of(503, "circuit-open", "Service unavailable",
                    upstream.name() + " is failing; the gateway is not calling it for a moment, retry later"),
                    breaker.retryAfterSeconds()));
        }
        return context.sendRequest().transform(outcome -> {
            if (outcome.succeeded()) {
                int status = outcome.result().getStatusCode();
                if (status == 502 || status == 503 || status == 504) {
                    breaker.onFailure();
                } else {
                    breaker.onSuccess();
                }
                return Future.succeededFuture(outcome.result());
            }
            breaker.onFailure();
            Problem problem = describe(outcome.cause());
            // a refused or dropped connection is worth another try; a silent service is not (it would
            // multiply the wait by the number of attempts)
            if (retriable && problem.status() == 503 && retry.mayRetry(retriesSoFar)) {
                return delay(retry.delayMillis(retriesSoFar)).compose(v -> attempt(context, retriesSoFar + 1, true));
            }
            return Future.succeededFuture(problem(context, problem, 0));
        });
    }

    private Problem describe(Throwable failure) {
        boolean timedOut = failure instanceof TimeoutException
                || String.valueOf(failure.getMessage()).toLowerCase().contains("timeout");
        return timedOut
                ? Problem.of(504, "upstream-timeout", "Gateway timeout", upstream.name() + " did not answer in time")
                : Problem.of(503, "upstream-unavailable", "Service unavailable",
                        upstream.name() + " is not reachable; retry later");
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
