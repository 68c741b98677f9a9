package io.keyprojects.issues.issue;

import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/issues")
@Tag(name = "Issues", description = "问题清单: blockers on key projects and their resolution")
public class IssueResource {
    private final IssueReporting reporting;
    private final Caller caller;

    IssueResource(IssueReporting reporting, Caller caller) {
        this.reporting = reporting;
        this.caller = caller;
    }

    @POST
    @WithTransaction
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR})
    @Operation(summary = "Report a blocker on a known project; an unknown project is a 422 problem")
    public Uni<Response> report(@Valid @NotNull IssueReport report) {
        return reporting.report(report, caller)
                .map(view -> Response.created(URI.create("/api/issues/" + view.id())).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(summary = "One blocker")
    public Uni<IssueView> get(@PathParam("id") UUID id) {
        return Issue.<Issue>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("issue", id))
                .map(IssueView::of);
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(summary = "Blockers of a project, paged")
    public Uni<Page<IssueView>> list(@QueryParam("projectId") UUID projectId, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PanacheQuery<Issue> query = projectId == null
                ? Issue.findAll(Sort.by("createdAt").descending())
                : Issue.find("projectId", Sort.by("createdAt").descending(), projectId);
        return query.page(request.page(), request.size()).list()
                .chain(items -> query.count().map(total -> new Page<>(items.stream().map(IssueView::of).toList(),
                        request.page(), request.size(), total)));
    }
}
