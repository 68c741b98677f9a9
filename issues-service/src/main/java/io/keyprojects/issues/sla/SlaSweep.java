package io.keyprojects.issues.sla;

/** What one pass of the SLA job did; {@code skipped} when another instance was sweeping at the same time. */
public record SlaSweep(int overdueAnnounced, int escalated, boolean skipped) {
    static final SlaSweep SKIPPED = new SlaSweep(0, 0, true);
}
