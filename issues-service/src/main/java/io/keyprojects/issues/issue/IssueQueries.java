package io.keyprojects.issues.issue;

import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Reading blockers: filtered pages and the counts of a programme year. Call inside a session. */
@ApplicationScoped
public class IssueQueries {
    static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "dueDate", "severity", "status", "category",
            "responsibleUnit");

    public Uni<Page<IssueView>> list(IssueFilter filter, PageRequest page, Sort sort) {
        PanacheQuery<Issue> query = Issue.find(filter.where(), sort, filter.parameters());
        return query.page(page.page(), page.size()).list()
                .chain(items -> query.count().map(total -> new Page<>(
                        items.stream().map(i -> IssueView.of(i, filter.today())).toList(), page.page(), page.size(), total)));
    }

    public Uni<IssueCounts> counts(int year, String unit, LocalDate today) {
        String scope = "i.projectId in (select p.id from KnownProject p where p.year = :year)"
                + (unit == null ? "" : " and i.responsibleUnit = :unit");
        return Panache.getSession().chain(session -> {
            var rows = session.createSelectionQuery("select i.category, i.status, count(i) from Issue i where " + scope
                    + " group by i.category, i.status", Object[].class).setParameter("year", year);
            var overdue = session.createSelectionQuery("select count(i) from Issue i where " + scope
                    + " and i.status in :active and i.dueDate < :today", Long.class).setParameter("year", year)
                    .setParameter("active", IssueStatus.active()).setParameter("today", today);
            if (unit != null) {
                rows.setParameter("unit", unit);
                overdue.setParameter("unit", unit);
            }
            return rows.getResultList().chain(r -> overdue.getSingleResult()
                    .map(n -> IssueCounts.of(year, unit, r, n)));
        });
    }

    /** "dueDate" or "-createdAt"; only known fields, so a client cannot inject JPQL. Newest first by default. */
    public static Sort sortOf(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.descending("createdAt");
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        if (!SORTABLE.contains(field)) {
            throw ProblemException.badRequest("cannot sort by " + field, Map.of("sort", "one of " + SORTABLE));
        }
        return descending ? Sort.descending(field) : Sort.ascending(field);
    }
}
