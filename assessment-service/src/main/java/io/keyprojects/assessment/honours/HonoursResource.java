package io.keyprojects.assessment.honours;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The commendation and criticism lists of a period (奖励、通报批评): proposed by the rules, confirmed or struck by the commander. */
@Path("/api/assessments/{period}/honours")
@Tag(name = "Honours", description = "奖励与通报批评: units and people the rules propose, and the commander's decisions")
public class HonoursResource {
    private static final String PROBLEM = "application/problem+json";
    static final String LIST = """
            {"period":"2026-H1","asOf":"2026-06-30T08:00:00Z","evaluationDate":"2026-06-30","rulesetVersion":1,"items":[
             {"proposal":"UNIT:ZJJ:COMMENDATION","honour":"COMMENDATION","subject":"UNIT","unit":"ZJJ","name":"县住建局",
              "basis":"第 1 名，得分 93.40，等次 优秀","facts":{"rank":1,"total":93.40,"grade":"EXCELLENT","rulesetVersion":1,
              "rules":[{"code":"SCHEDULE","name":"项目进度（SPI）","points":28.50,"maxPoints":30}]},"status":"CONFIRMED",
              "id":"2b6e1c7a-3d4f-4e5a-9b8c-7d6e5f4a3b21","decidedAt":"2026-06-30T08:10:00Z","decidedBy":"commander"},
             {"proposal":"PERSON:7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01:CRITICISM","honour":"CRITICISM","subject":"PERSON","unit":"CGZ",
              "person":"7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01","name":"李明","basis":"逾期 2 项（时间节点、问题、督办）",
              "facts":{"person":"7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01","nodes":{"due":2,"onTime":0,"late":2},"blockers":{"due":0,"onTime":0,"late":0},
              "orders":{"due":0,"onTime":0,"late":0}},"status":"PROPOSED"}]}""";

    private final Honours honours;
    private final Caller caller;

    HonoursResource(Honours honours, Caller caller) {
        this.honours = honours;
        this.caller = caller;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listHonours", summary = "The period's proposed, confirmed and struck commendations and criticisms, with the facts behind each",
            description = "Units are proposed by their grade under the ruleset's outcome policy; people by their record for the period "
                    + "(enough met on time and nothing late: commendation; enough late: criticism; thresholds in the ruleset's `people`). "
                    + "Proposals are computed from the facts as of now; a decision keeps the facts it was taken on.")
    @APIResponse(responseCode = "200", description = "the lists", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = HonoursView.class), examples = @ExampleObject(name = "a half year", value = LIST)))
    @APIResponse(responseCode = "400", description = "a malformed period", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "no ruleset in force for the period (no-ruleset)", content = @Content(mediaType = PROBLEM))
    public Uni<HonoursView> list(@Parameter(description = AssessmentPeriod.FORMS, example = "2026-H1") @PathParam("period") String period) {
        return honours.list(AssessmentPeriod.fromQuery(period));
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(operationId = "decideHonours", summary = "Confirm or strike proposals of the period, one or many at once (commander); striking needs a reason",
            description = "All or nothing. A confirmed honour is announced as county.assessment.honour-confirmed.v1, counts in the person's "
                    + "record and appears in the period's next bulletin; every decision is in the audit trail (HONOURS_DECIDED).")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = HonoursDecisions.class), examples = @ExampleObject(name = "decisions", value = """
            {"decisions":[{"proposal":"UNIT:ZJJ:COMMENDATION","decision":"CONFIRM"},
             {"proposal":"PERSON:7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01:CRITICISM","decision":"STRIKE","reason":"逾期系上级审批延误所致，非本人责任"}]}""")))
    @APIResponse(responseCode = "200", description = "the lists after the decisions", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = HonoursView.class), examples = @ExampleObject(name = "decided", value = LIST)))
    @APIResponse(responseCode = "400", description = "a malformed period or body; a strike without a reason; a proposal named twice",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no reason", value = """
                    {"type":"https://keyprojects.county/problems/invalid-request","title":"Invalid request","status":400,
                     "detail":"the decisions are not usable","errors":{"decisions[1].reason":"a proposal is struck with a reason"}}""")))
    @APIResponse(responseCode = "403", description = "not the commander", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "a proposal already confirmed or struck (already-decided)", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "decided", value = """
                    {"type":"https://keyprojects.county/problems/already-decided","title":"Already decided","status":409,
                     "detail":"the proposal UNIT:ZJJ:COMMENDATION of 2026-H1 was already confirmed or struck"}""")))
    @APIResponse(responseCode = "422", description = "a key the rules do not propose now (not-proposed, with the current proposals)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not proposed", value = """
                    {"type":"https://keyprojects.county/problems/not-proposed","title":"Not proposed","status":422,
                     "detail":"the rules do not propose UNIT:CGZ:COMMENDATION for 2026-H1 as of now","proposals":["UNIT:ZJJ:COMMENDATION"]}""")))
    public Uni<HonoursView> decide(@Parameter(description = AssessmentPeriod.FORMS, example = "2026-H1") @PathParam("period") String period,
                                   @Valid @NotNull HonoursDecisions decisions) {
        return honours.decide(AssessmentPeriod.fromQuery(period), decisions, caller.name());
    }
}
