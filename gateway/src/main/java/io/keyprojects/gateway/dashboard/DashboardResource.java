package io.keyprojects.gateway.dashboard;

import io.keyprojects.gateway.auth.Client;
import io.keyprojects.gateway.routing.GatewayEntrance;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/dashboard?year}: the portal's programme dashboard, one response from three services. */
@Path("/api/dashboard")
@Tag(name = "Dashboard", description = "portal read model combining the services (staff roles)")
public class DashboardResource {
    private final ProgrammeDashboard dashboard;

    DashboardResource(ProgrammeDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDashboard", summary = "Programme summary, blocker counts by category and the assessment ranking for a year; "
            + "a part whose service fails is null and listed under gaps, the rest is still answered")
    public Uni<ProgrammeDashboard.View> get(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @Context RoutingContext routing) {
        int theYear = year == null ? LocalDate.now(ZoneOffset.UTC).getYear() : year;
        Client client = routing.get(Client.CONTEXT_KEY);
        String requestId = routing.get(GatewayEntrance.REQUEST_ID_KEY);
        return Uni.createFrom().completionStage(() -> dashboard.build(theYear, client.authorization(), requestId).toCompletionStage());
    }
}
