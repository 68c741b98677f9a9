package io.keyprojects.issues.issue;

import java.util.EnumSet;
import java.util.Set;

/**
 * The blocker's workflow and its allowed moves: 待处理 OPEN → 已受理 ACKNOWLEDGED → 协调中 IN_COORDINATION →
 * 已解决 RESOLVED → 已办结 CLOSED. 上报 ESCALATED (to HQ or county leadership) and 依法处理 LEGAL_PROCEDURE are
 * branches from any working status; a resolved blocker may be reopened; CLOSED is final. A dispatch meeting may
 * put an open blocker straight into coordination, and an escalated one back into it.
 */
public enum IssueStatus {
    OPEN, ACKNOWLEDGED, IN_COORDINATION, RESOLVED, CLOSED, ESCALATED, LEGAL_PROCEDURE;

    public Set<IssueStatus> allowedMoves() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACKNOWLEDGED, IN_COORDINATION, ESCALATED, LEGAL_PROCEDURE);
            case ACKNOWLEDGED -> EnumSet.of(IN_COORDINATION, ESCALATED, LEGAL_PROCEDURE);
            case IN_COORDINATION -> EnumSet.of(RESOLVED, ESCALATED, LEGAL_PROCEDURE);
            case ESCALATED -> EnumSet.of(IN_COORDINATION, RESOLVED, LEGAL_PROCEDURE);
            case LEGAL_PROCEDURE -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, OPEN); // → OPEN is reopening (重新打开)
            case CLOSED -> EnumSet.noneOf(IssueStatus.class);
        };
    }

    public boolean canMoveTo(IssueStatus next) {
        return allowedMoves().contains(next);
    }

    /** Escalating, handing over to legal procedure and closing are HQ's decisions (指挥部), not the unit's. */
    public boolean onlyCommanderMovesHere() {
        return this == ESCALATED || this == LEGAL_PROCEDURE || this == CLOSED;
    }

    /** Still needs work: counts for the SLA (overdue) and for the "open blockers" panels. */
    public boolean isActive() {
        return this != RESOLVED && this != CLOSED;
    }

    public static Set<IssueStatus> active() {
        return EnumSet.complementOf(EnumSet.of(RESOLVED, CLOSED));
    }
}
