package io.keyprojects.notifications.mail;

import io.keyprojects.notifications.NotificationSettings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Sends the outgoing mail over SMTP (Quarkus Mailer): every {@code send-every} it takes the due messages and
 * hands each to the SMTP server; one the server refuses, or that finds no server, is tried again on the mail
 * schedule. Idle while no SMTP host is configured.
 */
@ApplicationScoped
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private final OutgoingMail mail;
    private final ReactiveMailer mailer;
    private final NotificationSettings.Mail settings;
    private final MeterRegistry metrics;
    private final AtomicLong pending = new AtomicLong();

    MailSender(OutgoingMail mail, ReactiveMailer mailer, NotificationSettings settings, MeterRegistry metrics) {
        this.mail = mail;
        this.mailer = mailer;
        this.settings = settings.mail();
        this.metrics = metrics;
        Gauge.builder("notifications.mail.pending", pending, AtomicLong::get).description("e-mails waiting to be sent").register(metrics);
    }

    @Scheduled(identity = "mail-send", every = "${kp.notifications.mail.send-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        if (!mail.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return mail.claim(settings.batchSize())
                .onItem().transformToMulti(taken -> Multi.createFrom().iterable(taken))
                .onItem().transformToUniAndMerge(this::send)
                .collect().last()
                .chain(() -> mail.pending().invoke(pending::set))
                .onFailure().invoke(e -> LOG.warnf("the outgoing mail could not be read, next round retries: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Void> send(OutgoingMail.Message message) {
        return mailer.send(Mail.withText(message.recipient(), message.subject(), message.body()))
                .onItem().transformToUni(ok -> mail.sent(message, Instant.now())
                        .invoke(() -> metrics.counter("notifications.mail.sent", "outcome", "sent").increment()))
                .onFailure().recoverWithUni(e -> {
                    LOG.infof("mail %s to %s not taken by the SMTP server, retried later: %s", message.id(), message.recipient(), e.getMessage());
                    metrics.counter("notifications.mail.sent", "outcome", "refused").increment();
                    return mail.refused(message, e.getMessage(), Instant.now());
                });
    }
}
