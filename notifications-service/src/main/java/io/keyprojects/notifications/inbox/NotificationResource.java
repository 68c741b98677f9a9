package io.keyprojects.notifications.inbox;

import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications")
@Tag(name = "Inbox", description = "What is addressed to a unit: orders and reminders (催办), SLA overdue and escalations, dispatch decisions")
public class NotificationResource {
    static final String PROBLEM = "application/problem+json";
    static final String EXAMPLE = """
            {"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "unit": "ZRJ", "kind": "DECISION_ASSIGNED",
             "title": "调度会决定: 期限 2026-07-15", "detail": "自然资源局牵头，7月中旬前完成用地报批",
             "subject": "5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11", "eventId": "0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01",
             "createdAt": "2026-06-30T02:00:00Z", "read": false}""";
    private final Caller caller;
    private final CountyCalendar calendar;

    NotificationResource(Caller caller, CountyCalendar calendar) {
        this.caller = caller;
        this.calendar = calendar;
    }

    private String unit(String requested) {
        if (caller.is(Roles.COMMANDER)) {
            if (requested == null || requested.isBlank()) {
                throw ProblemException.badRequest("the commander names the unit whose inbox to read", java.util.Map.of("unit", "required for the commander"));
            }
            return requested;
        }
        String own = caller.unit().orElseThrow(() -> ProblemException.forbidden("a department token names its unit"));
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden("a department reads its own unit's inbox only");
        }
        return own;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.DEPARTMENT, Roles.COMMANDER})
    @Operation(operationId = "listNotifications", summary = "A unit's inbox, unread first, newest first (a department its own; the commander names the unit)")
    @APIResponse(responseCode = "200", description = "One page and the total", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageNotification"),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + EXAMPLE + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "400", description = "No unit named by the commander, or a page that is not valid", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "no-unit", value = """
                    {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
                     "detail": "the commander names the unit whose inbox to read", "errors": {"unit": "required for the commander"}}""")))
    @APIResponse(responseCode = "403", description = "Another unit's inbox", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = """
                    {"type": "https://keyprojects.county/problems/forbidden", "title": "Forbidden", "status": 403,
                     "detail": "a department reads its own unit's inbox only"}""")))
    public Uni<Page<NotificationView>> list(@Parameter(example = "ZRJ") @QueryParam("unit") String unit,
                                            @Parameter(description = "true: unread only") @QueryParam("unread") Boolean unread,
                                            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String of = unit(unit);
        PageRequest request = PageRequest.of(page, size);
        String where = Boolean.TRUE.equals(unread) ? "unit = :unit and readAt is null" : "unit = :unit";
        return PagedQuery.page(Notification.<Notification>find(where + " order by case when readAt is null then 0 else 1 end, createdAt desc, id",
                Parameters.with("unit", of)), request, NotificationView::of);
    }

    @POST
    @Path("/{id}/read")
    @WithTransaction
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification of the caller's unit as read (repeating it changes nothing)")
    @APIResponse(responseCode = "200", description = "Read", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NotificationView.class), examples = @ExampleObject(name = "read", value = EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Another unit's notification", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "forbidden", value = """
                    {"type": "https://keyprojects.county/problems/forbidden", "title": "Forbidden", "status": 403,
                     "detail": "notification 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d is another unit's"}""")))
    @APIResponse(responseCode = "404", description = "No such notification", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not-found", value = """
                    {"type": "https://keyprojects.county/problems/not-found", "title": "Not found", "status": 404,
                     "detail": "notification 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d does not exist"}""")))
    public Uni<NotificationView> read(@PathParam("id") UUID id) {
        return Notification.<Notification>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("notification", id))
                .chain(n -> {
                    if (!caller.isDepartmentOf(n.unit)) {
                        throw ProblemException.forbidden("notification " + id + " is another unit's");
                    }
                    if (n.readAt == null) {
                        n.readAt = calendar.now();
                    }
                    return n.<Notification>persistAndFlush();
                })
                .map(NotificationView::of);
    }
}
