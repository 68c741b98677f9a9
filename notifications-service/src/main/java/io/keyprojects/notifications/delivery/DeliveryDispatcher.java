package io.keyprojects.notifications.delivery;

import io.keyprojects.notifications.NotificationSettings;
import io.keyprojects.notifications.webhook.Webhooks;
import io.keyprojects.platform.time.CountyCalendar;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Works the delivery queue: every {@code dispatch-every} it takes the due deliveries it has room for and
 * calls each endpoint concurrently, without waiting for the calls before the next round, so a slow endpoint
 * holds only its own deliveries (and at most {@code max-in-flight} calls are open). Each answer is recorded
 * by {@link DeliveryOutcomes}.
 */
@ApplicationScoped
public class DeliveryDispatcher {
    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final DeliveryOutcomes outcomes;
    private final Webhooks webhooks;
    private final NotificationSettings settings;
    private final Vertx vertx;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean claiming = new java.util.concurrent.atomic.AtomicBoolean();
    private final AtomicReference<double[]> depth = new AtomicReference<>(new double[] {0, 0});

    DeliveryDispatcher(DeliveryQueue queue, WebhookSender sender, DeliveryOutcomes outcomes, Webhooks webhooks,
                       NotificationSettings settings, Vertx vertx, MeterRegistry metrics) {
        this.queue = queue;
        this.sender = sender;
        this.outcomes = outcomes;
        this.webhooks = webhooks;
        this.settings = settings;
        this.vertx = vertx;
        Gauge.builder("notifications.queue.depth", depth, d -> d.get()[0]).description("pending deliveries").register(metrics);
        Gauge.builder("notifications.queue.oldest.seconds", depth, d -> d.get()[1]).description("age of the oldest pending delivery").register(metrics);
        Gauge.builder("notifications.delivery.in.flight", inFlight, AtomicInteger::get).register(metrics);
    }

    @Scheduled(identity = "webhook-dispatch", every = "${kp.notifications.dispatch-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        if (!claiming.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem(); // a round woken by the consumer is under way
        }
        int room = Math.min(settings.batchSize(), settings.maxInFlight() - inFlight.get());
        if (room <= 0) {
            claiming.set(false);
            return Uni.createFrom().voidItem();
        }
        return queue.claim(room, settings.lease())
                .invoke(taken -> taken.forEach(this::start))
                .onFailure().invoke(e -> LOG.warnf("the delivery queue could not be read, next round retries: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .onTermination().invoke(() -> claiming.set(false))
                .replaceWithVoid();
    }

    /** A round now, not at the next tick: new deliveries were just committed to the queue (by this instance's consumer). */
    public void wake() {
        onSchedule().subscribe().with(ignored -> { }, e -> { });
    }

    @Scheduled(identity = "webhook-queue-depth", every = "15s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> measure() {
        return queue.depth().invoke(depth::set).onFailure().recoverWithNull().replaceWithVoid();
    }

    private void start(ClaimedDelivery delivery) {
        inFlight.incrementAndGet();
        Instant now = Instant.now();
        Uni.createFrom().deferred(() -> sender.send(delivery,
                        webhooks.signingSecrets(delivery.secret(), delivery.previousSecret(), delivery.previousSecretUntil(), now), now))
                .chain(outcome -> onSafeContext(() -> outcomes.record(delivery, outcome, Instant.now())))
                .onTermination().invoke(inFlight::decrementAndGet)
                .subscribe().with(ignored -> { },
                        e -> LOG.warnf("delivery %s: the outcome was not recorded, it is retried once its lease ends: %s",
                                delivery.id(), e.getMessage()));
    }

    /** Hibernate Reactive needs a safe duplicated Vert.x context of its own. */
    private <T> Uni<T> onSafeContext(Supplier<Uni<T>> work) {
        var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> {
            try {
                work.get().subscribe().with(emitter::complete, emitter::fail);
            } catch (RuntimeException e) {
                emitter.fail(e);
            }
        }));
    }
}
