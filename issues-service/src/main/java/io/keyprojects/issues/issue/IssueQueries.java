package io.keyprojects.issues.issue;

import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.platform.paging.SortOrder;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Reading blockers: filtered pages and the counts of a programme year. Call inside a session. */
@ApplicationScoped
public class IssueQueries {
    public static final SortOrder NEWEST_FIRST = SortOrder.descending("createdAt");
    public static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "dueDate", "severity", "status", "category",
            "responsibleUnit");

    private final CountyCalendar calendar;

    IssueQueries(CountyCalendar calendar) {
        this.calendar = calendar;
    }

    /** One blocker as clients see it today; 404 when there is none. */
    public Uni<IssueView> find(UUID id) {
        return Issue.<Issue>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("blocker", id))
                .map(issue -> IssueView.of(issue, calendar.today()));
    }

    /** A page of blockers; "overdue" is judged on the county's today. */
    public Uni<Page<IssueView>> list(IssueFilter filter, PageRequest page, SortOrder sort) {
        LocalDate today = calendar.today();
        PanacheQuery<Issue> query = Issue.find(filter.where(), PagedQuery.sort(sort, "id"), filter.parameters(today));
        return PagedQuery.page(query, page, i -> IssueView.of(i, today));
    }

    /** The counts of a programme year's blockers (of one responsible unit, when named); "overdue" on the county's today. */
    public Uni<IssueCounts> counts(int year, String unit) {
        LocalDate today = calendar.today();
        String scope = "i.projectId in (select p.id from KnownProject p where p.year = :year)"
                + (unit == null ? "" : " and i.responsibleUnit = :unit");
        return Panache.getSession().chain(session -> {
            var rows = session.createSelectionQuery("select i.category, i.status, count(i) from Issue i where " + scope
                    + " group by i.category, i.status", Object[].class).setParameter("year", year);
            var overdue = session.createSelectionQuery("select count(i) from Issue i where " + scope
                    + " and i.status in :active and i.dueDate < :today", Long.class).setParameter("year", year)
                    .setParameter("active", IssueStatus.active()).setParameter("today", today);
            var perProject = session.createSelectionQuery("select i.projectId, count(i) from Issue i where " + scope
                    + " and i.status in :active group by i.projectId", Object[].class).setParameter("year", year)
                    .setParameter("active", IssueStatus.active());
            if (unit != null) {
                rows.setParameter("unit", unit);
                overdue.setParameter("unit", unit);
                perProject.setParameter("unit", unit);
            }
            return rows.getResultList().chain(r -> overdue.getSingleResult()
                    .chain(n -> perProject.getResultList().map(p -> IssueCounts.of(year, unit, r, n, p))));
        });
    }
}
