package io.keyprojects.assessment.scoring;

import io.keyprojects.assessment.ruleset.Grade;
import io.keyprojects.assessment.ruleset.OutcomePolicy;

/** 通报表扬/奖励 (commendation), nothing, or 通报批评 (public criticism). */
public enum Outcome {
    COMMENDATION, NONE, CRITICISM;

    public static Outcome of(Grade grade, OutcomePolicy policy) {
        if (policy.commendation().contains(grade)) {
            return COMMENDATION;
        }
        return policy.criticism().contains(grade) ? CRITICISM : NONE;
    }
}
