package io.keyprojects.assessment.publication;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.platform.idempotency.IdempotentRequests;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ranking, each unit's breakdown and the CSV export. A department reads only its own unit's breakdown:
 * the ranking and the other units' scores are for HQ, supervision, auditors and the portal (403 otherwise).
 */
@Path("/api/assessments")
@Tag(name = "Assessments", description = "责任考核: explainable, reproducible scores of the responsible units")
public class AssessmentResource {
    static final String RANKING = """
            {"period":"2026-H1","status":"PUBLISHED","publicationId":"6f1c2b7e-3c1d-4a53-9f0e-2f4f7c1d9a10",
             "asOf":"2026-07-01T01:59:58Z","rulesetVersion":1,"entries":[
              {"rank":1,"unit":"ZJJ","unitName":"住建局","total":92.50,"grade":"EXCELLENT","outcome":"COMMENDATION"},
              {"rank":2,"unit":"CGZ","unitName":"城关镇","total":58.00,"grade":"FAIL","outcome":"CRITICISM"}]}""";
    static final String BREAKDOWN = """
            {"period":"2026-H1","status":"PUBLISHED","asOf":"2026-07-01T01:59:58Z","evaluationDate":"2026-06-30","rulesetVersion":1,
             "eventsReplayed":1834,"eventTypesUsed":["county.projects.project-registered.v1"],"rank":1,"unit":"ZJJ","unitName":"住建局",
             "total":92.50,"grade":"EXCELLENT","outcome":"COMMENDATION","rules":[
              {"code":"STARTED","name":"按计划开工","kind":"STARTED_ON_PLAN","maxPoints":15,"points":12.50,"assessed":true,
               "formula":"maxPoints × startedOnPlan / dueToStart","inputs":{"startedOnPlan":5,"dueToStart":6,"ratio":0.833333},
               "facts":[{"project":"2026-ZD-017","plannedStart":"2026-03-01","actualStart":"2026-02-26","onTime":true}]}]}""";
    static final String PERIOD = "2026, 2026-H1, 2026-Q3 or 2026-07";

    private final Assessments assessments;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    AssessmentResource(Assessments assessments, Caller caller, IdempotentRequests idempotency) {
        this.assessments = assessments;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getRanking", summary = "Ranking of every assessed unit: rank, score, grade, outcome (the latest publication, else provisional)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RankingView.class), examples = @ExampleObject(name = "ranking", value = RANKING)))
    public Uni<RankingView> ranking(@Parameter(description = PERIOD, example = "2026-H1", required = true) @QueryParam("period") String period) {
        AssessmentPeriod p = AssessmentPeriod.fromQuery(period);
        return assessments.current(p).map(scores -> scores.isEmpty() ? new RankingView(p.label(), ScoreView.PROVISIONAL, null, null, 0, List.of())
                : RankingView.of(scores));
    }

    @GET
    @Path("/{unit: [A-Z][A-Z0-9]{1,15}}")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "getUnitBreakdown", summary = "One unit's breakdown: total, grade, each rule's points with its formula, inputs and facts, and the ruleset version "
            + "(a department reads only its own unit)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScoreView.class), examples = @ExampleObject(name = "breakdown", value = BREAKDOWN)))
    @APIResponse(responseCode = "404", description = "the unit is not assessed in this period", content = @Content(mediaType = "application/problem+json"))
    public Uni<ScoreView> breakdown(@PathParam("unit") String unit,
                                    @Parameter(description = PERIOD, example = "2026-H1", required = true) @QueryParam("period") String period) {
        if (caller.is(Roles.DEPARTMENT) && !caller.isDepartmentOf(unit)) {
            throw ProblemException.forbidden("a department reads only its own unit's assessment");
        }
        AssessmentPeriod p = AssessmentPeriod.fromQuery(period);
        return assessments.current(p).map(scores -> scores.stream().filter(s -> s.unit().equals(unit)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("assessment of unit", unit + " for " + p.label())));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "exportScoresCsv", summary = "The ranking and every breakdown as CSV (UTF-8 with BOM, one line per unit and rule)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = """
            period,status,asOf,rulesetVersion,rank,unit,unitName,total,grade,outcome,rule,ruleName,points,maxPoints,assessed,inputs
            2026-H1,PUBLISHED,2026-07-01T01:59:58Z,1,1,ZJJ,住建局,92.50,EXCELLENT,COMMENDATION,STARTED,按计划开工,12.50,15,true,"{""dueToStart"":6}\"""")))
    public Uni<Response> export(@Parameter(description = PERIOD, example = "2026-H1", required = true) @QueryParam("period") String period) {
        AssessmentPeriod p = AssessmentPeriod.fromQuery(period);
        return assessments.current(p).map(scores -> Response.ok(ScoreCsv.of(scores).getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"assessment-" + p.label() + ".csv\"")
                .build());
    }

    @POST
    @Path("/publications")
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(operationId = "publishScores", summary = "Publish every unit's score for the period (commander): stored with ruleset version and facts, "
            + "announced as score-published, written to the audit trail")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RankingView.class), examples = @ExampleObject(name = "published", value = RANKING)))
    @APIResponse(responseCode = "422", description = "no unit to assess yet", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> publish(@Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                 @Parameter(description = PERIOD, example = "2026-H1", required = true) @QueryParam("period") String period) {
        AssessmentPeriod p = AssessmentPeriod.fromQuery(period);
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/assessments/publications?period=" + p.label(), null,
                () -> assessments.publish(p, caller.name()).map(scores -> Response
                        .created(URI.create("/api/assessments?period=" + p.label())).entity(RankingView.of(scores)).build()));
    }
}
