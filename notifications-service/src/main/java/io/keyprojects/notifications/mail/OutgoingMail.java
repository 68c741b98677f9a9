package io.keyprojects.notifications.mail;

import io.keyprojects.notifications.NotificationSettings;
import io.keyprojects.notifications.retry.RetrySchedule;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Outgoing e-mail as a queue in the service's database, like the webhook deliveries: a message is written in the
 * transaction that puts its notification in the inbox (so none is lost and none is written twice), and whichever
 * instance takes the row with {@code FOR UPDATE SKIP LOCKED} sends it while it holds its lease. Nothing is written
 * while no SMTP host is configured.
 */
@ApplicationScoped
public class OutgoingMail {
    /** A message taken for sending. */
    public record Message(UUID id, String recipient, String subject, String body, int attempts) {
    }

    /** Stands for "no person named": the nil UUID, which no person has. */
    private static final UUID NOBODY = new UUID(0, 0);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private final NotificationSettings.Mail settings;
    private final RetrySchedule schedule;
    private final CountyCalendar calendar;
    private final Pool pool;
    private final Template notice;

    OutgoingMail(NotificationSettings settings, CountyCalendar calendar, Pool pool, @Location("mail/notice.txt") Template notice) {
        this.settings = settings.mail();
        this.schedule = new RetrySchedule(this.settings.retrySchedule(), 0.2);
        this.calendar = calendar;
        this.pool = pool;
        this.notice = notice;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Writes the letter for the unit's address and its responsible person's, where registered; call inside the
     * transaction that made the notification.
     */
    public Uni<Void> post(Letter letter) {
        if (!enabled()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> recipients(session, letter)).chain(recipients -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (var to : recipients.entrySet()) {
                chain = chain.chain(() -> write(letter, to.getKey(), to.getValue()));
            }
            return chain;
        });
    }

    /** Address → how the letter greets its reader: the unit by its code, a person by name and post. */
    private static Uni<Map<String, String>> recipients(Mutiny.Session session, Letter letter) {
        return session.createNativeQuery("""
                        SELECT m.address, p.name, p.title FROM mailbox m LEFT JOIN known_person p ON p.id = m.person_id
                        WHERE (m.unit = ?1 AND m.person_id IS NULL) OR m.person_id = ?2
                        ORDER BY m.person_id NULLS FIRST""", Object[].class)
                .setParameter(1, letter.unit())
                .setParameter(2, letter.person() == null ? NOBODY : letter.person())
                .getResultList()
                .map(rows -> {
                    Map<String, String> to = new LinkedHashMap<>();
                    for (Object[] r : rows) {
                        String name = r[1] == null ? letter.unit() : String.valueOf(r[1]) + (r[2] == null ? "" : r[2]); // 王军局长
                        to.putIfAbsent((String) r[0], name);
                    }
                    return to;
                });
    }

    private Uni<Void> write(Letter letter, String address, String greeting) {
        String subject = "【重点工程】" + letter.title();
        String body = notice.data("greeting", greeting).data("kind", letter.kind()).data("title", letter.title())
                .data("detail", letter.detail()).data("unit", letter.unit()).data("subject", letter.subject())
                .data("at", WHEN.format(letter.at().atZone(calendar.zone()))).render();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO mail_message (id, notification_id, recipient, subject, body)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (notification_id, recipient) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, letter.notificationId())
                .setParameter(3, address)
                .setParameter(4, subject)
                .setParameter(5, body)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Takes up to {@code limit} due messages for the lease, counting the attempt. */
    public Uni<List<Message>> claim(int limit) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        WITH due AS (
                            SELECT id FROM mail_message
                            WHERE status = 'PENDING' AND next_attempt_at <= now() AND (leased_until IS NULL OR leased_until < now())
                            ORDER BY next_attempt_at, seq
                            LIMIT $1
                            FOR UPDATE SKIP LOCKED)
                        UPDATE mail_message m SET leased_until = now() + make_interval(secs => $2), attempts = m.attempts + 1
                        FROM due WHERE m.id = due.id
                        RETURNING m.id, m.recipient, m.subject, m.body, m.attempts""")
                .execute(Tuple.of(limit, settings.lease().toMillis() / 1000.0)))
                .map(rows -> {
                    List<Message> taken = new ArrayList<>();
                    for (Row r : rows) {
                        taken.add(new Message(r.getUUID("id"), r.getString("recipient"), r.getString("subject"), r.getString("body"),
                                r.getInteger("attempts")));
                    }
                    return taken;
                });
    }

    public Uni<Void> sent(Message message, Instant now) {
        return pool.preparedQuery("UPDATE mail_message SET status = 'SENT', sent_at = $2, leased_until = NULL, last_error = NULL WHERE id = $1")
                .execute(Tuple.of(message.id(), now.atOffset(java.time.ZoneOffset.UTC))).replaceWithVoid();
    }

    /** Due again after the schedule's next wait, or failed when none is left. */
    public Uni<Void> refused(Message message, String error, Instant now) {
        var wait = schedule.after(message.attempts(), ThreadLocalRandom.current()::nextDouble);
        String excerpt = error == null ? "no answer" : error.length() > 500 ? error.substring(0, 500) : error;
        if (wait.isEmpty()) {
            return pool.preparedQuery("UPDATE mail_message SET status = 'FAILED', leased_until = NULL, last_error = $2 WHERE id = $1")
                    .execute(Tuple.of(message.id(), excerpt)).replaceWithVoid();
        }
        return pool.preparedQuery("UPDATE mail_message SET next_attempt_at = $2, leased_until = NULL, last_error = $3 WHERE id = $1")
                .execute(Tuple.of(message.id(), now.plus(wait.get()).atOffset(java.time.ZoneOffset.UTC), excerpt)).replaceWithVoid();
    }

    /** Messages waiting to be sent, for the metrics. */
    public Uni<Long> pending() {
        return pool.query("SELECT count(*) FROM mail_message WHERE status = 'PENDING'").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    Duration lease() {
        return settings.lease();
    }
}
