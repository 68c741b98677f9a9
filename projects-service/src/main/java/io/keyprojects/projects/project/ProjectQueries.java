package io.keyprojects.projects.project;

import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.paging.SortOrder;
import io.keyprojects.platform.persistence.PagedQuery;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Reading the registry: filtered, sorted pages of projects. Call inside a session. */
@ApplicationScoped
public class ProjectQueries {
    public static final SortOrder BY_CODE = SortOrder.ascending("code");
    public static final Set<String> SORTABLE = Set.of("code", "name", "year", "phase", "progressPercent",
            "plannedStart", "plannedEnd", "leadUnit", "plannedInvestment");

    public Uni<Page<ProjectView>> list(ProjectFilter filter, PageRequest page, SortOrder sort) {
        PanacheQuery<Project> query = Project.find(filter.where(), PagedQuery.sort(sort, "id"), filter.parameters());
        return PagedQuery.page(query, page, ProjectView::of);
    }
}
