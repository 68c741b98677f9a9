package io.keyprojects.issues.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The list filters people use: project, responsible unit, status, category, severity, overdue (超期, on the
 * day asked), the programme year of the project, and blockers flagged for review. As a JPQL condition.
 */
public record IssueFilter(UUID projectId, String unit, IssueStatus status, IssueCategory category,
                          IssueSeverity severity, Boolean overdue, Integer year, Boolean flaggedForReview) {

    /** A blank unit filters nothing. */
    public IssueFilter {
        unit = unit == null || unit.isBlank() ? null : unit;
    }

    String where() {
        List<String> terms = new ArrayList<>();
        if (projectId != null) {
            terms.add("projectId = :projectId");
        }
        if (unit != null) {
            terms.add("responsibleUnit = :unit");
        }
        if (status != null) {
            terms.add("status = :status");
        }
        if (category != null) {
            terms.add("category = :category");
        }
        if (severity != null) {
            terms.add("severity = :severity");
        }
        if (overdue != null) {
            terms.add(overdue ? "(status in :active and dueDate < :today)" : "not (status in :active and dueDate < :today)");
        }
        if (year != null) {
            terms.add("projectId in (select p.id from KnownProject p where p.year = :year)");
        }
        if (flaggedForReview != null) {
            terms.add("reviewFlagged = :flagged");
        }
        return terms.isEmpty() ? "1 = 1" : String.join(" and ", terms);
    }

    Map<String, Object> parameters(LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        if (projectId != null) {
            p.put("projectId", projectId);
        }
        if (unit != null) {
            p.put("unit", unit);
        }
        if (status != null) {
            p.put("status", status);
        }
        if (category != null) {
            p.put("category", category);
        }
        if (severity != null) {
            p.put("severity", severity);
        }
        if (overdue != null) {
            p.put("active", IssueStatus.active());
            p.put("today", today);
        }
        if (year != null) {
            p.put("year", year);
        }
        if (flaggedForReview != null) {
            p.put("flagged", flaggedForReview);
        }
        return p;
    }
}
