package io.keyprojects.system;

import java.time.Duration;

/**
 * The rule that says which failed requests a {@code kill -9} excuses, on the test's clock ({@link System#nanoTime}).
 * The kill spans {@code killStarted} (just before the first SIGKILL) to {@code killEnded} (every victim gone); the
 * gateways then have {@link #EJECTION} to take the dead instances out of rotation (their promise: "a dead instance ejected
 * within 2 s"), while a request may still meet a pooled connection to a dead process. A request is
 * <ul>
 * <li><b>in flight at the kill</b> when it was sent before the kill started and not answered before it — it may have
 *     been inside a killed process;</li>
 * <li><b>sent in the ejection window</b> when it was sent from the kill's start to {@link #EJECTION} after its end;</li>
 * <li>otherwise <b>before</b> the kill (answered before it started) or <b>after</b> it (sent once the window closed).</li>
 * </ul>
 * Only the first two may fail. A failure before or after is the system's fault, not the kill's.
 */
record KillWindow(long killStarted, long killEnded) {
    static final Duration EJECTION = Duration.ofSeconds(2);

    enum Moment { BEFORE, IN_FLIGHT, EJECTION_WINDOW, AFTER }

    Moment of(long sentAt, long answeredAt) {
        if (sentAt < killStarted) {
            return answeredAt < killStarted ? Moment.BEFORE : Moment.IN_FLIGHT;
        }
        return sentAt <= killEnded + EJECTION.toNanos() ? Moment.EJECTION_WINDOW : Moment.AFTER;
    }

    /** Whether a failure at this moment is the kill's. */
    static boolean excused(Moment moment) {
        return moment == Moment.IN_FLIGHT || moment == Moment.EJECTION_WINDOW;
    }
}
