package io.keyprojects.gateway.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a key, {@code kp_<id>_<secret>}: the id finds the stored record, the secret is 32 random
 * bytes. Because the secret is random (not a password), one SHA-256 is enough to make a stolen key
 * file useless, and it costs a microsecond per request where a password hash would cost milliseconds.
 */
public final class ApiKeySecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("kp_([a-f0-9]{12})_([A-Za-z0-9_-]{43})");

    private ApiKeySecrets() {
    }

    public record Parsed(String id, String secret) {
    }

    public static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String format(String id, String secret) {
        return "kp_" + id + "_" + secret;
    }

    public static Optional<Parsed> parse(String key) {
        var m = SHAPE.matcher(key.trim());
        return m.matches() ? Optional.of(new Parsed(m.group(1), m.group(2))) : Optional.empty();
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time, so the comparison leaks nothing about how much of a guessed hash was right. */
    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
