package io.keyprojects.assessment.ruleset;

import java.math.BigDecimal;

/** 优秀 / 良好 / 合格 / 不合格, from the total and the ruleset's thresholds. */
public enum Grade {
    EXCELLENT, GOOD, PASS, FAIL;

    public static Grade of(BigDecimal total, GradeThresholds thresholds) {
        if (total.compareTo(thresholds.excellent()) >= 0) {
            return EXCELLENT;
        }
        if (total.compareTo(thresholds.good()) >= 0) {
            return GOOD;
        }
        return total.compareTo(thresholds.pass()) >= 0 ? PASS : FAIL;
    }
}
