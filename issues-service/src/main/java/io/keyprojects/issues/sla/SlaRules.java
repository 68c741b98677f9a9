package io.keyprojects.issues.sla;

import io.keyprojects.issues.issue.IssueStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the SLA job does to one blocker on a given day (pure rules). A blocker that still needs work is overdue
 * (超期) the day after its deadline; that is announced once per deadline. Past the grace period it is escalated
 * automatically, once per deadline, unless it is already with HQ or in legal procedure. A new deadline (a
 * dispatch meeting's decision) starts both over.
 */
public final class SlaRules {
    /** The statuses the job escalates from: the unit's own working statuses. */
    public static final Set<IssueStatus> ESCALATABLE = EnumSet.of(IssueStatus.OPEN, IssueStatus.ACKNOWLEDGED,
            IssueStatus.IN_COORDINATION);

    private SlaRules() {
    }

    public static long daysOverdue(LocalDate dueDate, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }

    public static boolean isOverdue(IssueStatus status, LocalDate dueDate, LocalDate today) {
        return status.isActive() && dueDate.isBefore(today);
    }

    public static boolean mustAnnounceOverdue(IssueStatus status, LocalDate dueDate, LocalDate announcedFor, LocalDate today) {
        return isOverdue(status, dueDate, today) && !dueDate.equals(announcedFor);
    }

    public static boolean mustEscalate(IssueStatus status, LocalDate dueDate, LocalDate escalatedFor, LocalDate today,
                                       int graceDays) {
        return ESCALATABLE.contains(status) && daysOverdue(dueDate, today) > graceDays && !dueDate.equals(escalatedFor);
    }
}
