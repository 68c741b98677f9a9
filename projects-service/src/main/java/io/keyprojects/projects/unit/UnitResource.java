package io.keyprojects.projects.unit;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.UnitRegistered;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/units")
@Tag(name = "Units", description = "责任单位: the bureaus, townships and companies that lead or help projects")
public class UnitResource {
    private final Outbox outbox;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    UnitResource(Outbox outbox, Caller caller, IdempotentRequests idempotency) {
        this.outbox = outbox;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listUnits", summary = "All units, by code")
    public Uni<List<UnitView>> list() {
        return Unit.<Unit>listAll(io.quarkus.panache.common.Sort.by("code"))
                .map(units -> units.stream().map(UnitView::of).toList());
    }

    @GET
    @Path("/{code}")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getUnit", summary = "One unit")
    public Uni<UnitView> get(@PathParam("code") String code) {
        return Unit.<Unit>findById(code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("unit", code))
                .map(UnitView::of);
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(operationId = "registerUnit", summary = "Register a unit (commander)")
    @APIResponse(responseCode = "201", description = "registered; Location set", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = UnitRegistration.class),
            examples = {@org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "bureau",
                    value = "{\"code\": \"ZJJ\", \"name\": \"住建局\", \"kind\": \"BUREAU\"}"),
                    @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "township",
                            value = "{\"code\": \"CGZ\", \"name\": \"城关镇\", \"kind\": \"TOWNSHIP\"}")}))
    public Uni<Response> register(@org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = IdempotentRequests.DESCRIPTION)
                                  @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                  @Valid @NotNull UnitRegistration registration) {
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/units", registration, () -> create(registration));
    }

    private Uni<Response> create(UnitRegistration registration) {
        return Unit.<Unit>findById(registration.code())
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("duplicate", "Conflict",
                        "unit " + registration.code() + " is already registered"))
                .chain(() -> {
                    Unit unit = new Unit();
                    unit.code = registration.code();
                    unit.name = registration.name();
                    unit.kind = registration.kind();
                    unit.createdAt = Instant.now();
                    unit.createdBy = caller.name();
                    return unit.<Unit>persist();
                })
                .map(UnitView::of)
                .call(view -> outbox.append(EventType.UNIT_REGISTERED, view.code(),
                        new UnitRegistered(view.code(), view.name(), view.kind().name())))
                .map(view -> Response.created(URI.create("/api/units/" + view.code())).entity(view).build());
    }
}
