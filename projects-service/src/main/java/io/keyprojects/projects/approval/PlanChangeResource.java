package io.keyprojects.projects.approval;

import io.keyprojects.projects.baseline.PlanChange;
import io.keyprojects.projects.baseline.PlanChangeView;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.projects.milestone.Milestone;
import io.keyprojects.projects.project.ProjectRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{projectId}/changes")
@Tag(name = "Baselines")
public class PlanChangeResource {
    private final ProjectRegistry projects;

    PlanChangeResource(ProjectRegistry projects) {
        this.projects = projects;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listPlanChanges", summary = "A project's re-plans since its baseline, newest first: who, when, field, old → new, the baseline's value, why",
            description = "One entry per changed field; a re-plan of several fields at once gives several entries with the same time and reason. "
                    + "Changes made before the plan was approved are not re-plans and are not listed.")
    @APIResponse(responseCode = "404", description = "no such project", content = @Content(mediaType = "application/problem+json"))
    public Uni<Page<PlanChangeView>> list(@PathParam("projectId") UUID projectId,
                                          @Parameter(description = "page, from 0") @QueryParam("page") Integer page,
                                          @Parameter(description = "page size, 1-200 (default 20)") @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return projects.find(projectId).chain(p -> PagedQuery.pageOfLists(
                PlanChange.<PlanChange>find("projectId", Sort.descending("changedAt").and("field").and("id"), projectId), request,
                rows -> names(rows).map(names -> rows.stream().map(r -> new PlanChangeView(r.id, r.projectId, r.milestoneId,
                        r.milestoneId == null ? null : names.get(r.milestoneId), r.field, r.oldValue, r.newValue, r.baselineValue,
                        r.reason, r.changedAt, r.changedBy)).toList())));
    }

    /** The current names of the time nodes a page of changes refers to. */
    private static Uni<Map<UUID, String>> names(List<PlanChange> rows) {
        List<UUID> ids = rows.stream().map(r -> r.milestoneId).filter(java.util.Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                : Milestone.<Milestone>list("id in ?1", ids).map(found -> found.stream().collect(Collectors.toMap(m -> m.id, m -> m.name)));
    }
}
