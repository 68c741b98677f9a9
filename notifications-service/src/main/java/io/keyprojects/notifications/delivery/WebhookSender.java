package io.keyprojects.notifications.delivery;

import io.keyprojects.notifications.NotificationSettings;
import io.keyprojects.notifications.webhook.SigningSecret;
import io.keyprojects.notifications.webhook.TargetPolicy;
import io.keyprojects.notifications.webhook.WebhookSignature;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.tracing.TraceParent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Makes one Standard Webhooks call: resolves the target and checks every address again (a name may have been
 * pointed at an internal address since registration), connects to the checked address itself, signs, posts
 * the CloudEvent, reads at most the configured number of bytes of the answer and follows no redirect.
 * Never fails: every problem is a {@link SendOutcome} with an error. Each call is a span in the trace of the write
 * that made the event (the envelope's {@code traceparent}), and the receiver gets that span as its {@code traceparent}
 * header, so a department's own tracing can join the trace.
 */
@ApplicationScoped
public class WebhookSender {
    static final String CONTENT_TYPE = "application/cloudevents+json";
    private final TargetPolicy targets;
    private final NotificationSettings settings;
    private final io.vertx.mutiny.core.Vertx vertx;
    private final HttpClient client;
    private final Tracer tracer;

    WebhookSender(TargetPolicy targets, NotificationSettings settings, io.vertx.mutiny.core.Vertx vertx, Tracer tracer) {
        this.targets = targets;
        this.settings = settings;
        this.vertx = vertx;
        this.tracer = tracer;
        this.client = vertx.getDelegate().createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setMaxPoolSize(8)
                .setKeepAlive(true)
                .setMaxRedirects(0)
                .setVerifyHost(true)
                .setTracingPolicy(TracingPolicy.IGNORE)); // the call's span and traceparent are made in call()
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** One attempt of {@code delivery}, signed by {@code secrets}, stamped {@code now}. */
    public Uni<SendOutcome> send(ClaimedDelivery delivery, List<SigningSecret> secrets, Instant now) {
        long started = System.nanoTime();
        URI uri;
        try {
            uri = TargetPolicy.parse(delivery.url());
        } catch (ProblemException e) {
            return Uni.createFrom().item(new SendOutcome(null, null, e.getMessage(), 0));
        }
        long timestamp = now.getEpochSecond();
        String signature = WebhookSignature.header(secrets, delivery.eventId(), timestamp, delivery.payload());
        Duration limit = settings.connectTimeout().plus(settings.readTimeout()).plusSeconds(1);
        return vertx.executeBlocking(Uni.createFrom().item(() -> targets.resolve(uri).get(0)))
                .chain(address -> call(uri, address, delivery, timestamp, signature))
                .ifNoItem().after(limit).failWith(() -> new IllegalStateException("no answer within " + limit.toSeconds() + " s"))
                .map(answer -> new SendOutcome(answer.status(), answer.excerpt(), null, elapsed(started)))
                .onFailure().recoverWithItem(e -> new SendOutcome(null, null, reason(e), elapsed(started)));
    }

    private record Answer(int status, String excerpt) {
    }

    private Uni<Answer> call(URI uri, InetAddress address, ClaimedDelivery delivery, long timestamp, String signature) {
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(uri.getHost())
                .setPort(port)
                .setSsl(tls)
                .setURI(path)
                // the address just checked, not a second lookup that could answer differently
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(settings.connectTimeout().toMillis())
                .setIdleTimeout(settings.readTimeout().toMillis())
                .putHeader("content-type", CONTENT_TYPE)
                .putHeader("user-agent", "keyprojects-notifications/1.0")
                .putHeader("webhook-id", delivery.eventId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", signature);
        Span span = tracer.spanBuilder("webhook POST")
                .setParent(TraceParent.parse(traceParentOf(delivery.payload())))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", "POST")
                .setAttribute("server.address", uri.getHost())
                .setAttribute("messaging.message.id", delivery.eventId())
                .setAttribute("kp.delivery.attempt", delivery.attempt())
                .startSpan();
        String traceparent = TraceParent.of(Context.root().with(span));
        if (traceparent != null) {
            options.putHeader(TraceParent.HEADER, traceparent);
        }
        Promise<Answer> answer = Promise.promise();
        client.request(options).onFailure(answer::tryFail).onSuccess(request -> {
            request.exceptionHandler(answer::tryFail);
            request.response().onFailure(answer::tryFail).onSuccess(response -> readLimited(request, response, answer));
            request.end(Buffer.buffer(delivery.payload()));
        });
        return Uni.createFrom().completionStage(answer.future().toCompletionStage())
                .invoke(done -> span.setAttribute("http.response.status_code", done.status()))
                .onFailure().invoke(e -> span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage())))
                .onTermination().invoke(span::end);
    }

    /** The trace the delivered event was written in; null for an event without one (or a body that is not an event). */
    private static String traceParentOf(String payload) {
        try {
            return EventJson.read(payload).traceparent();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Reads at most the configured number of bytes; a longer answer is cut and its connection closed. */
    private void readLimited(HttpClientRequest request, io.vertx.core.http.HttpClientResponse response, Promise<Answer> answer) {
        int limit = settings.responseLimit();
        Buffer body = Buffer.buffer();
        response.exceptionHandler(answer::tryFail);
        response.handler(chunk -> {
            if (body.length() + chunk.length() > limit) {
                body.appendBuffer(chunk, 0, limit - body.length());
                answer.tryComplete(new Answer(response.statusCode(), excerpt(body)));
                request.reset();
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.endHandler(ignored -> answer.tryComplete(new Answer(response.statusCode(), excerpt(body))));
    }

    private static String excerpt(Buffer body) {
        String text = new String(body.getBytes(), StandardCharsets.UTF_8);
        return text.length() <= SendOutcome.EXCERPT_CHARS ? text : text.substring(0, SendOutcome.EXCERPT_CHARS);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() <= 500 ? message : message.substring(0, 500);
    }
}
