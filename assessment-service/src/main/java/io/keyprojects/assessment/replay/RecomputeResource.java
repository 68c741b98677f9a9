package io.keyprojects.assessment.replay;

import io.keyprojects.platform.http.QueryParameters;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/assessments/recompute")
@Tag(name = "Recompute", description = "复算: replay the stored events up to an instant and compare with what was published then")
@RolesAllowed({Roles.COMMANDER, Roles.AUDITOR})
public class RecomputeResource {
    private final RecomputeJobs jobs;
    private final Caller caller;

    RecomputeResource(RecomputeJobs jobs, Caller caller) {
        this.jobs = jobs;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "startRecompute", summary = "Start a recompute of the period's scores as of a past instant (commander, auditor); "
            + "202 with the job, whose Location shows processed/total and, when done, the comparison with the publication")
    @APIResponse(responseCode = "202", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecomputeJobs.JobView.class), examples = @ExampleObject(name = "started", value = """
            {"id":"0f8e144b-8c1f-41b8-8cf6-91b5f3c80bf5","period":"2026-H1","asOf":"2026-07-01T01:59:58Z","status":"RUNNING","processed":0,"total":0,
             "requestedBy":"auditor","requestedAt":"2026-07-02T08:00:00Z"}""")))
    @APIResponse(responseCode = "400", description = "period or asOf missing or malformed, or asOf in the future",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> start(@Parameter(description = "2026, 2026-H1, 2026-Q3 or 2026-07", example = "2026-H1", required = true)
                               @QueryParam("period") String period,
                               @Parameter(description = "replay the events received up to this instant (ISO-8601, UTC)",
                                       example = "2026-07-01T01:59:58Z", required = true) @QueryParam("asOf") Instant asOf) {
        var p = AssessmentPeriod.fromQuery(period);
        return jobs.start(p, required("asOf", asOf), caller.name())
                .map(job -> Response.accepted(job).location(URI.create("/api/assessments/recompute/" + job.id())).build());
    }

    private static Instant required(String name, Instant value) {
        if (value == null) {
            throw QueryParameters.malformed(name, "an instant, e.g. 2026-07-01T00:00:00Z");
        }
        return value;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecomputeJob", summary = "A recompute job: processed/total while running; when DONE the scores and whether they match the publication")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecomputeJobs.JobView.class), examples = @ExampleObject(name = "done", value = """
            {"id":"0f8e144b-8c1f-41b8-8cf6-91b5f3c80bf5","period":"2026-H1","asOf":"2026-07-01T01:59:58Z","status":"DONE","processed":1834,"total":1834,
             "result":{"comparedWith":"6f1cd9ad-fd88-44a0-8624-2e6bea58fee7","comparedAsOf":"2026-07-01T01:59:58Z","matchesPublication":true,"differences":[],"scores":[]}}""")))
    @APIResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    public Uni<RecomputeJobs.JobView> get(@PathParam("id") UUID id) {
        return jobs.find(id);
    }
}
