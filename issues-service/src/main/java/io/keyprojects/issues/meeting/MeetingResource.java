package io.keyprojects.issues.meeting;

import io.keyprojects.platform.idempotency.IdempotentRequests;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/meetings")
@Tag(name = "Dispatch meetings", description = "调度会: the HQ's coordination meetings and their decisions on blockers")
public class MeetingResource {
    static final String PROBLEM = "application/problem+json";
    static final String MEETING_EXAMPLE = """
            {"id": "9a0e7c52-1f3b-4d1e-8b7a-6c5d4e3f2a10", "heldOn": "2026-04-10", "title": "2026年第3次重点工程调度会",
             "convener": "县城建指挥部 李副指挥长", "attendees": ["住建局 张局长", "自然资源局 王局长", "城关镇 陈镇长"],
             "agenda": ["5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11"],
             "decisions": [{"id": "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99", "issueId": "5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11",
               "assignedUnit": "ZRJ", "deadline": "2026-04-30", "decision": "自然资源局牵头，4月底前完成用地报批",
               "decidedBy": "commander", "decidedAt": "2026-04-10T03:00:00Z"}],
             "createdBy": "commander", "createdAt": "2026-04-10T02:00:00Z"}""";
    static final String DECISION_EXAMPLE = """
            {"id": "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99", "issueId": "5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11",
             "assignedUnit": "ZRJ", "deadline": "2026-04-30", "decision": "自然资源局牵头，4月底前完成用地报批",
             "decidedBy": "commander", "decidedAt": "2026-04-10T03:00:00Z"}""";
    private final DispatchMeetings meetings;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    MeetingResource(DispatchMeetings meetings, IdempotentRequests idempotency, Caller caller) {
        this.meetings = meetings;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(operationId = "recordMeeting", summary = "Record a dispatch meeting with its agenda (commander)",
            description = "The agenda lists blockers that still need work; an unknown blocker or a resolved/closed one is"
                    + " a 422 problem. With an Idempotency-Key, a retry returns the first response and records nothing twice.")
    @APIResponse(responseCode = "201", description = "Recorded; Location set", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingView.class),
            examples = @ExampleObject(name = "meeting", value = MEETING_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "An agenda item is unknown or no longer open", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "unknown-issue", value = """
                    {"type": "https://keyprojects.county/problems/unknown-issue", "title": "Unknown issue", "status": 422,
                     "detail": "no such blocker: [5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11]",
                     "unknownIssues": ["5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11"]}""")))
    @APIResponse(responseCode = "403", description = "Not the commander", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = """
                    {"type": "https://keyprojects.county/problems/forbidden", "title": "Forbidden", "status": 403,
                     "detail": "your role may not do this"}""")))
    public Uni<Response> convene(@Parameter(description = IdempotentRequests.DESCRIPTION, example = "5f0c6a4e-8d7b-4c1e-9f3a-2b6d8e1f0a7c")
                                 @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                 @Valid @NotNull MeetingPlan plan) {
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/meetings", plan,
                () -> meetings.convene(plan, caller.name())
                        .map(view -> Response.created(URI.create("/api/meetings/" + view.id())).entity(view).build()));
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listMeetings", summary = "Dispatch meetings held between from and to (inclusive, both optional), newest first, paged;"
            + " each with its decisions. Roles: commander, department, supervisor, auditor, portal.")
    @APIResponse(responseCode = "200", description = "One page and the total", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageMeetingView"),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + MEETING_EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "400", description = "A date or page that is not valid", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "bad-date", value = """
                    {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
                     "detail": "from is not a date", "errors": {"from": "a date, YYYY-MM-DD"}}""")))
    public Uni<Page<MeetingView>> list(@Parameter(example = "2026-01-01") @QueryParam("from") LocalDate from,
                                       @Parameter(example = "2026-12-31") @QueryParam("to") LocalDate to,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return meetings.list(from, to, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getMeeting", summary = "One dispatch meeting with its agenda and decisions. Roles: commander, department, supervisor, auditor, portal.")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingView.class),
            examples = @ExampleObject(name = "meeting", value = MEETING_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such meeting", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = """
                    {"type": "https://keyprojects.county/problems/not-found", "title": "Not found", "status": 404,
                     "detail": "meeting 9a0e7c52-1f3b-4d1e-8b7a-6c5d4e3f2a10 does not exist"}""")))
    public Uni<MeetingView> get(@PathParam("id") UUID id) {
        return meetings.get(id);
    }

    @POST
    @Path("/{id}/decisions")
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(operationId = "recordDecision", summary = "Record the meeting's decision on a blocker of its agenda (commander)",
            description = "The assigned unit becomes the blocker's responsible unit and the deadline its new due date; the"
                    + " blocker moves to IN_COORDINATION (409 if its status does not allow that). One decision per blocker"
                    + " and meeting. Emits meeting-decision-recorded (and issue-status-changed when the status changes).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingView.Decision.class),
            examples = @ExampleObject(name = "decision", value = DECISION_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Already decided, or the blocker cannot go into coordination",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "decision-exists", value = """
                    {"type": "https://keyprojects.county/problems/decision-exists", "title": "Decision already recorded",
                     "status": 409, "detail": "this meeting already decided on blocker 5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11"}""")))
    @APIResponse(responseCode = "422", description = "The blocker is not on the agenda; an unknown assigned unit or responsible person", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-on-agenda", value = """
                    {"type": "https://keyprojects.county/problems/not-on-agenda", "title": "Not on the agenda", "status": 422,
                     "detail": "blocker 5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11 is not on this meeting's agenda"}""")))
    @APIResponse(responseCode = "400", description = "A deadline in the past or missing fields", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "past-deadline", value = """
                    {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
                     "detail": "a decision's deadline cannot be in the past", "errors": {"deadline": "must be today or later"}}""")))
    public Uni<Response> decide(@PathParam("id") UUID id,
                                @Parameter(description = IdempotentRequests.DESCRIPTION, example = "0e4f2b1c-7a6d-4c3b-9e8f-1a2b3c4d5e6f")
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                @Valid @NotNull DecisionRequest request) {
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/meetings/" + id + "/decisions", request,
                () -> meetings.decide(id, request, caller.name())
                        .map(decision -> Response.created(URI.create("/api/meetings/" + id)).entity(decision).build()));
    }
}
