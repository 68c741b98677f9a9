package io.keyprojects.notifications.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.notifications.NotificationSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** E-mail is off until an SMTP host is configured (MAIL_HOST): no message is even written before. */
class MailSwitchTest {
    private static NotificationSettings.Mail withHost(Optional<String> host) {
        return new NotificationSettings.Mail() {
            public Optional<String> host() {
                return host;
            }

            public List<Duration> retrySchedule() {
                return List.of(Duration.ofMinutes(1));
            }

            public String sendEvery() {
                return "1s";
            }

            public int batchSize() {
                return 20;
            }

            public Duration lease() {
                return Duration.ofSeconds(60);
            }
        };
    }

    @Test
    void mail_is_on_only_with_an_smtp_host() {
        assertFalse(withHost(Optional.empty()).enabled());
        assertFalse(withHost(Optional.of("  ")).enabled());
        assertTrue(withHost(Optional.of("smtp.county.gov.cn")).enabled());
    }
}
