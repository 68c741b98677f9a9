package io.keyprojects.assessment.supervision;

import io.keyprojects.platform.problem.BodyAfterAuthorisation;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.http.QueryParameters;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supervision")
@Tag(name = "Supervision", description = "督查: inspections, findings and the supervision orders (督办/整改) they issue")
public class SupervisionResource {
    static final String ORDER = """
            {"id":"3b0ca523-a172-4ff5-8dc7-b73d117a06e0","findingId":"91aaa010-9ff1-4295-82c9-d7d4bc3235c1","inspectionId":"5d2e07a7-ef25-4167-8258-8cb762764700","responsibleUnit":"CGZ","requirement":"7月15日前完成剩余12户签约",
             "deadline":"2026-07-15","status":"SIGNED_FOR","allowedMoves":["IN_HAND"],"overdue":false,"reminders":0,
             "issuedAt":"2026-07-01T02:00:00Z","issuedBy":"supervisor","version":1}""";

    private final Supervision supervision;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    SupervisionResource(Supervision supervision, Caller caller, IdempotentRequests idempotency) {
        this.supervision = supervision;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/inspections")
    @WithTransaction
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "recordInspection", summary = "Record an inspection of a unit (optionally of one project) (supervisor)")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "inspection", value = """
            {"projectId":"0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01","unit":"CGZ","inspectedOn":"2026-07-01","title":"城东安置房项目拆迁进度督查",
             "notes":"现场查看，剩余12户未签约"}""")))
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionViews.InspectionView.class), examples = @ExampleObject(name = "created", value = """
            {"id":"5d2e07a7-ef25-4167-8258-8cb762764700","kind":"SUPERVISION","unit":"CGZ","inspectedOn":"2026-07-01","title":"城东安置房项目拆迁进度督查","createdAt":"2026-07-01T02:00:00Z","createdBy":"supervisor"}""")))
    @APIResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> inspect(@Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                 @Valid @NotNull SupervisionRequests.NewInspection request) {
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/supervision/inspections", request, () -> supervision.inspect(request, caller.name())
                .map(v -> Response.created(URI.create("/api/supervision/inspections/" + v.id())).entity(v).build()));
    }

    @POST
    @Path("/self-inspections")
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "recordSelfInspection", summary = "A department's self-inspection (自查) of one of its own unit's projects, with the findings it rectifies itself",
            description = "Each finding issues a supervision order to the department's own unit, which signs for, works, reports back, re-checks "
                    + "and closes it itself (the bureau may too). Announced as inspection-recorded (kind SELF), audited; a ruleset's "
                    + "SELF_INSPECTION_BONUS counts it, and orders of self-inspections are not supervision deductions.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionRequests.NewSelfInspection.class),
            examples = @ExampleObject(name = "self-inspection", value = """
            {"projectId":"0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01","inspectedOn":"2026-06-20","title":"城东安置房项目安全文明施工自查",
             "notes":"对照倒排工期逐项自查","findings":[{"description":"围挡破损两处","requirement":"6月25日前修复围挡","deadline":"2026-06-25",
             "responsiblePerson":"7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01"}]}""")))
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionViews.InspectionView.class),
            examples = @ExampleObject(name = "recorded", value = """
            {"id":"6e3f18b8-f036-4278-9369-9dc873875811","kind":"SELF","projectId":"0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01","unit":"ZJJ","inspectedOn":"2026-06-20",
             "title":"城东安置房项目安全文明施工自查","createdAt":"2026-06-20T02:00:00Z","createdBy":"department@ZJJ",
             "findings":[{"id":"91aaa010-9ff1-4295-82c9-d7d4bc3235c1","inspectionId":"6e3f18b8-f036-4278-9369-9dc873875811","description":"围挡破损两处",
             "responsibleUnit":"ZJJ","createdAt":"2026-06-20T02:00:00Z","createdBy":"department@ZJJ",
             "order":{"id":"3b0ca523-a172-4ff5-8dc7-b73d117a06e0","status":"ISSUED","deadline":"2026-06-25","allowedMoves":["SIGNED_FOR"]}}]}""")))
    @APIResponse(responseCode = "400", description = "an invalid body, or a finding's deadline before the self-inspection", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "not a department, or a project another unit leads", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "another unit's", value = """
            {"type":"https://keyprojects.county/problems/forbidden","title":"Forbidden","status":403,
             "detail":"a department self-inspects only its own unit's projects: this one is led by CGZ"}""")))
    @APIResponse(responseCode = "422", description = "a project the programme does not have (unknown-project), or an unknown person (unknown-person)",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> selfInspect(@Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                     SupervisionRequests.NewSelfInspection request) { // judged once the project is known to be the caller's
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/supervision/self-inspections", request, () -> supervision.selfInspect(request, caller)
                .map(v -> Response.created(URI.create("/api/supervision/inspections/" + v.id())).entity(v).build()));
    }

    @GET
    @Path("/inspections")
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "listInspections", summary = "Inspections, newest first, by unit and kind (SUPERVISION 督查, SELF 自查), paged")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageInspectionView"), examples = @ExampleObject(name = "inspections",
            value = """
            {"items":[{"id":"6e3f18b8-f036-4278-9369-9dc873875811","kind":"SELF","projectId":"0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01","unit":"ZJJ",
             "inspectedOn":"2026-06-20","title":"城东安置房项目安全文明施工自查","createdAt":"2026-06-20T02:00:00Z","createdBy":"department@ZJJ"}],
             "page":0,"size":20,"total":1}""")))
    @APIResponse(responseCode = "400", description = "a kind other than SUPERVISION or SELF, or a page out of range", content = @Content(mediaType = "application/problem+json"))
    public Uni<Page<SupervisionViews.InspectionView>> inspections(@Parameter(description = "a unit code", example = "ZJJ") @QueryParam("unit") String unit,
                                                                  @Parameter(description = "SUPERVISION (督查) or SELF (自查)", example = "SELF") @QueryParam("kind") String kind,
                                                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        InspectionKind k = kind == null ? null : QueryParameters.read("kind", kind, "SUPERVISION or SELF", InspectionKind::valueOf);
        return supervision.inspections(unit, k, PageRequest.of(page, size));
    }

    @GET
    @Path("/inspections/{id}")
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "getInspection", summary = "One inspection")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionViews.InspectionView.class), examples = @ExampleObject(name = "inspection", value = """
            {"id":"5d2e07a7-ef25-4167-8258-8cb762764700","kind":"SUPERVISION","unit":"CGZ","inspectedOn":"2026-07-01","title":"城东安置房项目拆迁进度督查","createdAt":"2026-07-01T02:00:00Z","createdBy":"supervisor"}""")))
    @APIResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    public Uni<SupervisionViews.InspectionView> inspection(@PathParam("id") UUID id) {
        return supervision.inspection(id);
    }

    @POST
    @Path("/inspections/{id}/findings")
    @WithTransaction
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "recordFinding", summary = "Record a finding; it issues a supervision order to the responsible unit with a deadline (supervisor)")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "finding", value = """
            {"description":"拆迁进度滞后于倒排计划","responsibleUnit":"CGZ","requirement":"7月15日前完成剩余12户签约","deadline":"2026-07-15",
             "responsiblePerson":"7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01"}""")))
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionViews.FindingView.class), examples = @ExampleObject(name = "created", value = """
            {"id":"91aaa010-9ff1-4295-82c9-d7d4bc3235c1","inspectionId":"5d2e07a7-ef25-4167-8258-8cb762764700","description":"拆迁进度滞后于倒排计划","responsibleUnit":"CGZ","createdAt":"2026-07-01T02:00:00Z",
             "createdBy":"supervisor","order":{"id":"3b0ca523-a172-4ff5-8dc7-b73d117a06e0","status":"ISSUED","deadline":"2026-07-15","allowedMoves":["SIGNED_FOR"]}}""")))
    @APIResponse(responseCode = "404", description = "no such inspection", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown unit or unknown person (unknown-unit, unknown-person)", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> find(@Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                              @PathParam("id") UUID inspection, @Valid @NotNull SupervisionRequests.NewFinding request) {
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/supervision/inspections/" + inspection + "/findings", request,
                () -> supervision.find(inspection, request, caller.name())
                        .map(v -> Response.created(URI.create("/api/supervision/rectifications/" + v.order().id())).entity(v).build()));
    }

    @GET
    @Path("/rectifications")
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "listRectifications", summary = "Supervision orders, by responsible unit and status, earliest deadline first, paged")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageRectificationView"), examples = @ExampleObject(name = "orders",
            value = "{\"items\":[" + ORDER + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Uni<Page<SupervisionViews.RectificationView>> orders(@QueryParam("unit") String unit, @QueryParam("status") RectificationStatus status,
                                                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return supervision.orders(unit, status, PageRequest.of(page, size));
    }

    @GET
    @Path("/rectifications/{id}")
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "getRectification", summary = "One supervision order with its history")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionViews.RectificationView.class), examples = @ExampleObject(name = "order", value = ORDER)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    public Uni<SupervisionViews.RectificationView> order(@PathParam("id") UUID id) {
        return supervision.order(id);
    }

    @POST
    @Path("/rectifications/{id}/transitions")
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT})
    @Operation(operationId = "transitionRectification", summary = "Move an order: the unit signs for (SIGNED_FOR), works (IN_HAND) and reports back (REPORTED_BACK); the bureau "
            + "re-checks (RECHECKED), sends back (IN_HAND) or closes (CLOSED). An illegal move is 409 naming the allowed moves")
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "sign for", value = "{\"to\":\"SIGNED_FOR\"}"),
            @ExampleObject(name = "failed re-check", value = "{\"to\":\"IN_HAND\",\"note\":\"复核未通过：仍有3户未签约\"}")}))
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionViews.RectificationView.class), examples = @ExampleObject(name = "moved", value = ORDER)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "illegal", value = """
            {"type":"https://keyprojects.county/problems/illegal-transition","title":"Illegal transition","status":409,
             "detail":"an order in ISSUED cannot move to CLOSED","allowedMoves":["SIGNED_FOR"]}""")))
    @APIResponse(responseCode = "403", content = @Content(mediaType = "application/problem+json"))
    public Uni<SupervisionViews.RectificationView> transition(@PathParam("id") UUID id,
                                                              SupervisionRequests.Transition request) { // validated once the caller's right is known
        return supervision.transition(id, request, caller);
    }

    @POST
    @Path("/reminders/run")
    @WithTransaction
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "runReminders", summary = "Run the reminders (催办) now, as the hourly job does: one reminder a day per open order near or past its deadline; "
            + "orders past it are announced as rectification-overdue once")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionViews.ReminderRun.class), examples = @ExampleObject(name = "run", value = """
            {"day":"2026-07-16","reminded":["3b0ca523-a172-4ff5-8dc7-b73d117a06e0"],"overdueAnnounced":["3b0ca523-a172-4ff5-8dc7-b73d117a06e0"]}""")))
    public Uni<SupervisionViews.ReminderRun> remind() {
        return supervision.remind(supervision.today());
    }
}
