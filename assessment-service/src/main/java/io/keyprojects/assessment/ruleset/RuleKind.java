package io.keyprojects.assessment.ruleset;

/**
 * What a rule measures. Each kind has one formula in {@code scoring.ScoreCard}; the ruleset only sets its
 * weight (maximum points) and parameters, so the rules stay data while the formulas stay reviewable code.
 */
public enum RuleKind {
    /**
     * 进度完成情况: SPI = Σ w·actual% / Σ w·planned% over the unit's projects (w = annual planned investment), and, with a
     * {@code cooperatingShare}, over the projects it helps with as a cooperating unit (配合单位) at w × that share.
     */
    SCHEDULE_PERFORMANCE,
    /** 时间节点按期完成: time nodes due in the period done by their planned date / time nodes due. */
    MILESTONES_ON_TIME,
    /** 投资完成情况: completed investment / (annual planned investment × elapsed share of the period). */
    INVESTMENT_COMPLETION,
    /** 按计划开工: projects started by their planned start (+ grace days) / projects due to start. */
    STARTED_ON_PLAN,
    /** 问题按时化解: blockers resolved by their SLA due date / blockers due. */
    BLOCKERS_WITHIN_SLA,
    /** 督查整改扣分: minus points per supervision order not closed by its deadline, up to the maximum. */
    SUPERVISION_DEDUCTION,
    /** 工作不力扣分: minus points per UNIT_PERFORMANCE blocker confirmed against the unit (it left OPEN), up to the maximum. */
    UNIT_PERFORMANCE_DEDUCTION,
    /** 自查加分: plus points per self-inspection (自查) the unit made of its own projects, up to the maximum. */
    SELF_INSPECTION_BONUS;

    public boolean isDeduction() {
        return this == SUPERVISION_DEDUCTION || this == UNIT_PERFORMANCE_DEDUCTION;
    }

    /** Deductions and bonuses stand outside the 100 points the scored rules share. */
    public boolean isScored() {
        return !isDeduction() && this != SELF_INSPECTION_BONUS;
    }
}
