package io.keyprojects.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail) that the service is configured to send its e-mail to: the tests
 * read what arrived, as a mail client would, instead of a mock mailer.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {
    private static volatile GreenMail server;

    public static GreenMail received() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("kp.notifications.mail.host", "127.0.0.1",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "keyprojects@county.gov.cn");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
