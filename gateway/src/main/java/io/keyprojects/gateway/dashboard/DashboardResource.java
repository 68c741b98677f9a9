package io.keyprojects.gateway.dashboard;

import io.keyprojects.gateway.auth.Client;
import io.keyprojects.gateway.upstream.RequestIds;
import io.keyprojects.platform.time.CountyCalendar;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/dashboard?year}: the portal's programme dashboard, one response from three services. */
@Path("/api/dashboard")
@Tag(name = "Dashboard", description = "portal read model combining the services (staff roles)")
public class DashboardResource {
    private final ProgrammeDashboard dashboard;
    private final CountyCalendar calendar;

    DashboardResource(ProgrammeDashboard dashboard, CountyCalendar calendar) {
        this.dashboard = dashboard;
        this.calendar = calendar;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDashboard", summary = "Programme summary, blocker counts by category and the assessment ranking for a year; "
            + "a part whose service fails is null and listed under gaps, the rest is still answered. A department gets its own"
            + " unit's blockers and score (unit, unitScore) instead of the ranking it may not read")
    public Uni<ProgrammeDashboard.View> get(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @Context RoutingContext routing) {
        int theYear = year == null ? calendar.year() : year;
        Client client = routing.get(Client.CONTEXT_KEY);
        String requestId = routing.get(RequestIds.CONTEXT_KEY);
        return Uni.createFrom().completionStage(() -> dashboard.build(theYear, client, requestId).toCompletionStage());
    }
}
