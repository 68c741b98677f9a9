package io.keyprojects.notifications.inbox;

/** What a notification tells its unit. */
public enum NotificationKind {
    /** 督办/整改通知: a supervision order issued to the unit. */
    ORDER_ISSUED,
    /** 催办: the unit's order is past its deadline. */
    ORDER_OVERDUE,
    /** A blocker of the unit passed its SLA deadline (超期). */
    SLA_OVERDUE,
    /** A blocker of the unit went up to HQ (上报). */
    ESCALATED,
    /** A dispatch meeting (调度会) assigned a blocker to the unit. */
    DECISION_ASSIGNED,
    /** One of the unit's webhook endpoints was disabled. */
    ENDPOINT_DISABLED
}
