package io.keyprojects.projects.project;

import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects")
@Tag(name = "Projects", description = "重点工程: the county's key construction projects")
public class ProjectResource {
    private static final Set<String> SORTABLE = Set.of("code", "name", "year", "phase", "progressPercent",
            "plannedStart", "plannedEnd", "leadUnit", "plannedInvestment");
    private final ProjectRegistry registry;
    private final Caller caller;

    ProjectResource(ProjectRegistry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(summary = "Register a project (commander)")
    public Uni<Response> register(@Valid @NotNull ProjectRegistration registration) {
        return registry.register(registration, caller.name())
                .map(view -> Response.created(URI.create("/api/projects/" + view.id()))
                        .tag(etag(view)).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(summary = "One project, with its ETag for updates")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return registry.find(id).map(ProjectView::of).map(view -> Response.ok(view).tag(etag(view)).build());
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(summary = "Projects, filtered and paged; the total counts every match")
    public Uni<Page<ProjectView>> list(@QueryParam("year") Integer year, @QueryParam("phase") ProjectPhase phase,
                                       @QueryParam("unit") String unit, @QueryParam("category") ProjectCategory category,
                                       @QueryParam("township") String township, @QueryParam("q") String text,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                       @QueryParam("sort") String sort) {
        return registry.list(new ProjectFilter(year, phase, unit, category, township, text),
                PageRequest.of(page, size), sortOf(sort));
    }

    @POST
    @Path("/{id}/phase")
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(summary = "Move a project to another phase (commander); illegal moves are 409 with the allowed moves")
    public Uni<Response> changePhase(@PathParam("id") UUID id, @Valid @NotNull PhaseChange change) {
        return registry.changePhase(id, change, caller.name()).map(view -> Response.ok(view).tag(etag(view)).build());
    }

    static EntityTag etag(ProjectView view) {
        return new EntityTag(Long.toString(view.version()));
    }

    /** "name" or "-plannedEnd"; only known fields, so a client cannot inject JPQL. */
    private static Sort sortOf(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by("code");
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        if (!SORTABLE.contains(field)) {
            throw ProblemException.badRequest("cannot sort by " + field, Map.of("sort", "one of " + SORTABLE));
        }
        return descending ? Sort.descending(field) : Sort.ascending(field);
    }
}
