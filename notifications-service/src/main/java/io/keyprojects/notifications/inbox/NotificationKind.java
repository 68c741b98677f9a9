package io.keyprojects.notifications.inbox;

/** What a notification tells its unit, and how a reader names it (an e-mail's subject starts with it). */
public enum NotificationKind {
    /** A supervision order issued to the unit. */
    ORDER_ISSUED("督办通知"),
    /** The unit's order is past its deadline. */
    ORDER_OVERDUE("催办"),
    /** A blocker of the unit passed its SLA deadline. */
    SLA_OVERDUE("问题超期"),
    /** A blocker of the unit went up to HQ. */
    ESCALATED("问题上报"),
    /** A dispatch meeting assigned a blocker to the unit. */
    DECISION_ASSIGNED("调度会决定"),
    /** One of the unit's webhook endpoints was disabled. */
    ENDPOINT_DISABLED("Webhook 停用");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
