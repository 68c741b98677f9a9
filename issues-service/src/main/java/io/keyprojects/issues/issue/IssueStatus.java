package io.keyprojects.issues.issue;

/** The blocker's workflow (the moves between statuses are added with the workflow). */
public enum IssueStatus {
    OPEN, ACKNOWLEDGED, IN_COORDINATION, RESOLVED, CLOSED, ESCALATED, LEGAL_PROCEDURE
}
