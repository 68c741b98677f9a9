package io.keyprojects.notifications.delivery;

/**
 * What one call brought: the answer's status and the start of its body, or the reason there was no answer
 * (refused target, connection error, timeout).
 */
public record SendOutcome(Integer statusCode, String responseExcerpt, String error, long latencyMs) {
    /** How much of an answer is kept in the delivery log. */
    public static final int EXCERPT_CHARS = 1000;

    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** 410 Gone: the receiver says the endpoint no longer exists. */
    public boolean gone() {
        return statusCode != null && statusCode == 410;
    }
}
