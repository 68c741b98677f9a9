package io.keyprojects.assessment.supervision;

import java.util.EnumSet;
import java.util.Set;

/**
 * A supervision order (督办/整改) and its allowed moves: issued → signed for (签收) → in hand (办理) →
 * reported back (反馈) → re-checked (复核通过) → closed (办结). A failed re-check sends a reported-back
 * order back to IN_HAND. CLOSED is final.
 */
public enum RectificationStatus {
    ISSUED, SIGNED_FOR, IN_HAND, REPORTED_BACK, RECHECKED, CLOSED;

    public Set<RectificationStatus> allowedMoves() {
        return switch (this) {
            case ISSUED -> EnumSet.of(SIGNED_FOR);
            case SIGNED_FOR -> EnumSet.of(IN_HAND);
            case IN_HAND -> EnumSet.of(REPORTED_BACK);
            case REPORTED_BACK -> EnumSet.of(RECHECKED, IN_HAND);
            case RECHECKED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(RectificationStatus.class);
        };
    }

    public boolean canMoveTo(RectificationStatus next) {
        return allowedMoves().contains(next);
    }

    /** The responsible unit signs for, works and reports back; the supervision bureau re-checks and closes. */
    public boolean isSupervisorMove(RectificationStatus next) {
        return this == REPORTED_BACK || next == CLOSED;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
