package io.keyprojects.assessment.ruleset;

import java.math.BigDecimal;

/** 优秀 / 良好 / 合格 / 不合格, from the total and the ruleset's thresholds. */
public enum Grade {
    EXCELLENT("优秀"), GOOD("良好"), PASS("合格"), FAIL("不合格");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The grade as a bulletin or an honours list prints it (等次). */
    public String label() {
        return label;
    }

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
