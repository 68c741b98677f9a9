package io.keyprojects.notifications.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of 24 random bytes. The HMAC key is
 * the decoded base64 part, as the Standard Webhooks libraries take it.
 */
public record SigningSecret(String text) {
    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public SigningSecret {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signing secret starts with " + PREFIX);
        }
    }

    public static SigningSecret generate() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the secret's base64 part, decoded. */
    public byte[] key() {
        return Base64.getDecoder().decode(text.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return PREFIX + "…"; // never in a log
    }
}
