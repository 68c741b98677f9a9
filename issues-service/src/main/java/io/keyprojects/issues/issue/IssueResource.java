package io.keyprojects.issues.issue;

import io.keyprojects.platform.problem.BodyAfterAuthorisation;
import io.keyprojects.platform.paging.SortOrder;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.http.EntityTags;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/issues")
@Tag(name = "Issues", description = "问题清单: blockers on key projects and their resolution")
public class IssueResource {
    static final String PROBLEM = "application/problem+json";
    static final String ISSUE_EXAMPLE = """
            {"id": "5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11", "projectId": "0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01",
             "category": "DEMOLITION", "severity": "HIGH", "title": "3户拆迁户未签约", "description": "涉及城东片区，影响主体施工",
             "reportedBy": "department@CGZ", "responsibleUnit": "CGZ", "dueDate": "2026-04-08", "status": "IN_COORDINATION",
             "resolution": null, "overdue": false, "flaggedForReview": false, "reviewReason": null,
             "legalCaseId": null, "fundingGapLinked": false, "version": 2, "createdAt": "2026-04-01T02:00:00Z",
             "updatedAt": "2026-04-03T06:30:00Z"}""";
    static final String ALL_STAFF_NOTE = " Roles: commander, department, supervisor, auditor, portal.";
    private final IssueReporting reporting;
    private final IssueWorkflow workflow;
    private final IssueQueries queries;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    IssueResource(IssueReporting reporting, IssueWorkflow workflow, IssueQueries queries, IdempotentRequests idempotency,
                  Caller caller) {
        this.idempotency = idempotency;
        this.reporting = reporting;
        this.workflow = workflow;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @WithTransaction
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR})
    @Operation(operationId = "reportIssue", summary = "Report a blocker on a known project",
            description = "Commander and supervisor report on any project; a department on projects its unit leads or"
                    + " cooperates on. An unknown project is a 422 problem. Without dueDate the SLA for the severity applies."
                    + " Optional links to the project's records (known here from projects.events): legalCaseId, a legal-procedure"
                    + " case (依法处理) of the project; fundingGap: true on a FUNDING blocker, the project's funding gap."
                    + " With an Idempotency-Key, a retry returns the first response and reports nothing twice.")
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssueView.class),
            examples = @ExampleObject(name = "reported", value = ISSUE_EXAMPLE)), headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "Unknown project, responsible unit or responsible person; a legalCaseId that is not a legal case of the project; "
            + "fundingGap on a blocker that is not FUNDING, or on a project whose funding has no gap", content = @Content(mediaType = PROBLEM,
            examples = {@ExampleObject(name = "unknown-project", value = """
                    {"type": "https://keyprojects.county/problems/unknown-project", "title": "Unknown project", "status": 422,
                     "detail": "project 0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01 is not a registered key project"}"""),
                    @ExampleObject(name = "unknown-case", value = """
                    {"type": "https://keyprojects.county/problems/unknown-case", "title": "Unknown legal case", "status": 422,
                     "detail": "no legal-procedure case 7c9e6679-7425-40de-944b-e07fc1f90ae7 is known for project 0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01",
                     "errors": {"legalCaseId": "no such case of this blocker's project"}}"""),
                    @ExampleObject(name = "unknown-person", value = """
                    {"type": "https://keyprojects.county/problems/unknown-person", "title": "Unknown person", "status": 422,
                     "detail": "person 7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01 is not in the county's registry of people",
                     "errors": {"responsiblePerson": "no registered person in post has the id 7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01"}}""")}))

    public Uni<Response> report(@Parameter(description = IdempotentRequests.DESCRIPTION, example = "5f0c6a4e-8d7b-4c1e-9f3a-2b6d8e1f0a7c")
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                IssueReport report) { // validated once the caller's right is known (IssueReporting)
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/issues", report,
                () -> reporting.report(report, caller).map(view -> Response.created(URI.create("/api/issues/" + view.id()))
                        .tag(etag(view)).entity(view).build()));
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getIssue", summary = "One blocker, with its ETag (the version) for If-Match on transitions." + ALL_STAFF_NOTE)
    @APIResponse(responseCode = "200", description = "The blocker", content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssueView.class),
            examples = @ExampleObject(name = "issue", value = ISSUE_EXAMPLE)), headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such blocker", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = """
                    {"type": "https://keyprojects.county/problems/not-found", "title": "Not found", "status": 404,
                     "detail": "blocker 5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11 does not exist"}""")))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return queries.find(id).map(view -> EntityTags.ok(view, view.version()));
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listIssues", summary = "Blockers, filtered and paged; the total counts every match." + ALL_STAFF_NOTE,
            description = "Filters combine (and): projectId, unit (the responsible unit), status, category, severity,"
                    + " overdue (true: past the deadline and not resolved/closed), year (the project's programme year),"
                    + " flaggedForReview. sort: createdAt, updatedAt, dueDate, severity, status, category, responsibleUnit;"
                    + " '-' for descending; default -createdAt. size at most 200.")
    @APIResponse(responseCode = "200", description = "One page and the total", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageIssueView"),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + ISSUE_EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "400", description = "A filter, page or sort that is not valid", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "bad-sort", value = """
                    {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
                     "detail": "cannot sort by title", "errors": {"sort": "one of [createdAt, dueDate, ...]"}}""")))
    public Uni<Page<IssueView>> list(@QueryParam("projectId") UUID projectId, @QueryParam("unit") String unit,
                                     @QueryParam("status") IssueStatus status, @QueryParam("category") IssueCategory category,
                                     @QueryParam("severity") IssueSeverity severity, @Parameter(description = "true: past the deadline and not resolved or closed") @QueryParam("overdue") Boolean overdue,
                                     @QueryParam("year") Integer year, @QueryParam("flaggedForReview") Boolean flaggedForReview,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                     @Parameter(description = SortOrder.DESCRIPTION) @QueryParam("sort") String sort) {
        return queries.list(new IssueFilter(projectId, unit, status, category, severity, overdue, year, flaggedForReview), PageRequest.of(page, size), SortOrder.parse(sort, IssueQueries.SORTABLE, IssueQueries.NEWEST_FIRST));
    }

    @GET
    @Path("/counts")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "countIssues", summary = "Blockers of a programme year counted by category and status (the main-blockers panel)." + ALL_STAFF_NOTE,
            description = "year is required: the year of the blockers' projects. Optional unit: only that responsible unit."
                    + " Every category and status is listed, 0 when none; openByCategory leaves out RESOLVED and CLOSED."
                    + " openByProject: the blockers still open per project (only projects with one), for boards such as"
                    + " the preliminary-work board (GET /api/programme/{year}/preliminary), which projects-service serves without them.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssueCounts.class),
            examples = @ExampleObject(name = "counts", value = """
                    {"year": 2026, "unit": null, "total": 41, "open": 29, "overdue": 7,
                     "byCategory": {"DEMOLITION": 14, "LAND": 9, "FUNDING": 8, "POLICY": 6, "PERMIT": 3, "UNIT_PERFORMANCE": 1, "OTHER": 0},
                     "openByCategory": {"DEMOLITION": 11, "LAND": 7, "FUNDING": 5, "POLICY": 4, "PERMIT": 2, "UNIT_PERFORMANCE": 0, "OTHER": 0},
                     "byStatus": {"OPEN": 6, "ACKNOWLEDGED": 5, "IN_COORDINATION": 12, "RESOLVED": 9, "CLOSED": 3, "ESCALATED": 5, "LEGAL_PROCEDURE": 1},
                     "openByProject": {"0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01": 3}}""")))
    @APIResponse(responseCode = "400", description = "year missing or not a year", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "year-missing", value = """
                    {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
                     "detail": "year is required", "errors": {"year": "required, e.g. 2026"}}""")))
    public Uni<IssueCounts> counts(@QueryParam("year") Integer year, @QueryParam("unit") String unit) {
        if (year == null || year < 2000 || year > 2100) {
            throw ProblemException.badRequest("year is required", Map.of("year", "required, e.g. 2026"));
        }
        return queries.counts(year, unit);
    }

    @POST
    @Path("/{id}/transitions")
    @WithTransaction
    @BodyAfterAuthorisation
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT})
    @Operation(operationId = "transitionIssue", summary = "Move a blocker in its workflow",
            description = "OPEN → ACKNOWLEDGED → IN_COORDINATION → RESOLVED → CLOSED; ESCALATED and LEGAL_PROCEDURE as"
                    + " branches; RESOLVED → OPEN reopens. The responsible unit's department works its blockers;"
                    + " only the commander escalates, moves to LEGAL_PROCEDURE and closes. RESOLVED needs a resolution."
                    + " Who, when and the comment go into the history. Optional If-Match: the version from the ETag."
                    + " A move to LEGAL_PROCEDURE may name legalCaseId, the holdout household's legal case of the blocker's project.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssueTransition.class), examples = {
            @ExampleObject(name = "resolve", value = "{\"to\": \"RESOLVED\", \"comment\": \"经镇村两级协调，3户均已签约\", "
                    + "\"resolution\": \"3户拆迁户已签订安置协议，腾空交地\"}"),
            @ExampleObject(name = "legal procedure with its case", value = "{\"to\": \"LEGAL_PROCEDURE\", \"comment\": \"依法处理\", "
                    + "\"legalCaseId\": \"7c9e6679-7425-40de-944b-e07fc1f90ae7\"}")}))
    @APIResponse(responseCode = "422", description = "legalCaseId that is not a legal case of the blocker's project, or named on another move",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssueView.class),
            examples = @ExampleObject(name = "moved", value = ISSUE_EXAMPLE)), headers = @Header(name = "ETag", description = EntityTags.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Not an allowed move from the current status",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "illegal-transition", value = """
                    {"type": "https://keyprojects.county/problems/illegal-transition", "title": "Illegal transition",
                     "status": 409, "detail": "a blocker in OPEN cannot move to RESOLVED",
                     "allowedMoves": ["ACKNOWLEDGED", "IN_COORDINATION", "ESCALATED", "LEGAL_PROCEDURE"]}""")))
    @APIResponse(responseCode = "403", description = "Not the responsible unit's department, or a commander-only move",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", value = """
                    {"type": "https://keyprojects.county/problems/forbidden", "title": "Forbidden", "status": 403,
                     "detail": "only the commander or a department of the responsible unit CGZ may move this blocker"}""")))
    @APIResponse(responseCode = "400", description = "Resolving without a resolution", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "resolution-missing", value = """
                    {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
                     "detail": "resolving a blocker needs the resolution text",
                     "errors": {"resolution": "required when moving to RESOLVED"}}""")))
    public Uni<Response> transition(@PathParam("id") UUID id, IssueTransition transition, // validated once the caller's right is known
                                    @Parameter(description = "the ETag of the blocker as read, e.g. \"3\"")
                                    @HeaderParam("If-Match") String ifMatch) {
        return workflow.transition(id, transition, Actor.of(caller), IfMatch.optional(ifMatch))
                .map(view -> EntityTags.ok(view, view.version()));
    }

    @GET
    @Path("/{id}/history")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getIssueHistory", summary = "Every change of a blocker, oldest first: who, when, what, comment; \"system\" for the SLA job."
            + ALL_STAFF_NOTE)
    @APIResponse(responseCode = "200", description = "The history", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntryView.class),
            examples = @ExampleObject(name = "history", value = """
                    [{"at": "2026-04-01T02:00:00Z", "actor": "department@CGZ", "action": "REPORTED", "from": null,
                      "to": "OPEN", "comment": "涉及城东片区", "resolution": null, "dueDate": "2026-04-08", "meetingId": null},
                     {"at": "2026-04-02T01:00:00Z", "actor": "department@CGZ", "action": "MOVED", "from": "OPEN",
                      "to": "ACKNOWLEDGED", "comment": "已受理", "resolution": null, "dueDate": "2026-04-08", "meetingId": null},
                     {"at": "2026-04-12T00:00:00Z", "actor": "system", "action": "MOVED", "from": "ACKNOWLEDGED",
                      "to": "ESCALATED", "comment": "overdue 4 days, beyond the 3-day grace period", "resolution": null,
                      "dueDate": "2026-04-08", "meetingId": null}]""")))
    public Uni<List<HistoryEntryView>> history(@PathParam("id") UUID id) {
        return workflow.history(id);
    }

    static EntityTag etag(IssueView view) {
        return EntityTags.of(view.version());
    }
}
