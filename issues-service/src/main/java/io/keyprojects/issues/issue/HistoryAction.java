package io.keyprojects.issues.issue;

/** What a history entry records. */
public enum HistoryAction {
    /** 上报: the blocker was reported. */
    REPORTED,
    /** a workflow move by a person or by the system. */
    MOVED,
    /** 超期: the SLA job found it past its deadline. */
    OVERDUE,
    /** 调度会决定: a dispatch meeting assigned a unit and a deadline. */
    MEETING_DECISION,
    /** its project was completed or cancelled: someone should review it (not closed automatically). */
    FLAGGED_FOR_REVIEW
}
