package io.keyprojects.notifications.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * What a notification says, to be mailed to its unit's address and to its responsible person's (专人), where
 * they registered one. {@code kind} is the notification's kind as people read it (督办通知, 催办, …).
 */
public record Letter(UUID notificationId, String unit, UUID person, String kind, String title, String detail, String subject,
                     Instant at) {
}
