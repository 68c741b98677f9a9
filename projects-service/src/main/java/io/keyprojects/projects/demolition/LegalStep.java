package io.keyprojects.projects.demolition;

import java.util.Optional;

/**
 * The steps of the legal procedure against a holdout household (依法处理), in the order the law has them
 * taken; a case records them one after another, none skipped.
 */
public enum LegalStep {
    /** 公告: the expropriation notice. */
    NOTICE,
    /** 评估: valuation of the house. */
    VALUATION,
    /** 补偿决定: the county's compensation decision. */
    COMPENSATION_DECISION,
    /** 复议/诉讼期: the window for administrative review or a lawsuit has run. */
    APPEAL_WINDOW,
    /** 申请法院强制执行: the county applies to the court for enforcement. */
    COURT_APPLICATION,
    /** 强制执行: enforcement. */
    ENFORCEMENT;

    /** 1 for NOTICE … 6 for ENFORCEMENT. */
    public int position() {
        return ordinal() + 1;
    }

    /** The step that follows one at {@code position} (0: none taken yet); empty once enforcement is recorded. */
    public static Optional<LegalStep> after(int position) {
        return position < values().length ? Optional.of(values()[position]) : Optional.empty();
    }
}
