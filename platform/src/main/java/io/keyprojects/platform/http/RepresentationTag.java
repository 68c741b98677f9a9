package io.keyprojects.platform.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The strong ETag of a representation that has no version of its own (a list, a report, a page): a hash of the
 * bytes sent, so two answers share a tag exactly when their bodies are identical (RFC 9110 §8.8.3). Quoted, 128 bits
 * of SHA-256 in base64url: {@code "q1wVY3mG0fW0c8Tg7sS8_A"}, never confused with a version tag ({@code "3"}).
 */
public final class RepresentationTag {
    private RepresentationTag() {
    }

    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
