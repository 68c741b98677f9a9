package io.keyprojects.issues.issue;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Blockers of a programme year (the year of their project), counted for the portal's "main blockers" panel
 * (拆迁、土地、资金、政策处理 …): by category, by status, still open by category, and overdue. Every category
 * and status is present, zero when none; {@code openByProject} names only the projects with a blocker still open.
 */
public record IssueCounts(int year, @Schema(nullable = true) String unit, long total, long open, long overdue,
                          Map<IssueCategory, Long> byCategory, Map<IssueCategory, Long> openByCategory,
                          Map<IssueStatus, Long> byStatus,
                          @Schema(description = "project id → blockers still open (not RESOLVED or CLOSED); projects without any are left out")
                          Map<UUID, Long> openByProject) {

    /** Builds the counts from (category, status, count) rows and (project id, open count) rows. */
    static IssueCounts of(int year, String unit, Iterable<Object[]> rows, long overdue, Iterable<Object[]> openPerProject) {
        Map<IssueCategory, Long> byCategory = zeros(IssueCategory.class);
        Map<IssueCategory, Long> openByCategory = zeros(IssueCategory.class);
        Map<IssueStatus, Long> byStatus = zeros(IssueStatus.class);
        long total = 0;
        long open = 0;
        for (Object[] row : rows) {
            IssueCategory category = (IssueCategory) row[0];
            IssueStatus status = (IssueStatus) row[1];
            long n = ((Number) row[2]).longValue();
            byCategory.merge(category, n, Long::sum);
            byStatus.merge(status, n, Long::sum);
            total += n;
            if (status.isActive()) {
                openByCategory.merge(category, n, Long::sum);
                open += n;
            }
        }
        Map<UUID, Long> openByProject = new TreeMap<>();
        for (Object[] row : openPerProject) {
            openByProject.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return new IssueCounts(year, unit, total, open, overdue, byCategory, openByCategory, byStatus, openByProject);
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0L);
        }
        return map;
    }
}
