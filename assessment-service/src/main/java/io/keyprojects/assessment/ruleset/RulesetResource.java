package io.keyprojects.assessment.ruleset;

import io.keyprojects.platform.idempotency.IdempotentRequests;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/assessments/rulesets")
@Tag(name = "Rulesets", description = "考核办法: versioned assessment rules with an effective date; the commander writes, auditors read")
public class RulesetResource {
    static final String EXAMPLE = """
            {"name":"2026年下半年考核办法","effectiveFrom":"2026-07-01","definition":{
             "rules":[{"code":"SCHEDULE","name":"项目进度（SPI，配合单位按30%分担）","kind":"SCHEDULE_PERFORMANCE","maxPoints":30,"cooperatingShare":0.3},
              {"code":"MILESTONES","name":"时间节点按期完成","kind":"MILESTONES_ON_TIME","maxPoints":20},
              {"code":"INVESTMENT","name":"投资完成（序时）","kind":"INVESTMENT_COMPLETION","maxPoints":20},
              {"code":"STARTED","name":"按计划开工","kind":"STARTED_ON_PLAN","maxPoints":15},
              {"code":"BLOCKERS","name":"问题按时化解","kind":"BLOCKERS_WITHIN_SLA","maxPoints":15},
              {"code":"SUPERVISION","name":"督查整改逾期扣分","kind":"SUPERVISION_DEDUCTION","maxPoints":10,"pointsPerItem":2},
              {"code":"PERFORMANCE","name":"工作不力扣分","kind":"UNIT_PERFORMANCE_DEDUCTION","maxPoints":10,"pointsPerItem":5},
              {"code":"SELF_INSPECTION","name":"自查加分","kind":"SELF_INSPECTION_BONUS","maxPoints":3,"pointsPerItem":1}],
             "grades":{"excellent":90,"good":75,"pass":60},
             "outcomes":{"commendation":["EXCELLENT"],"criticism":["FAIL"]},
             "people":{"commendOnTimeAtLeast":3,"criticiseLateAtLeast":2}}}""";

    private final RulesetCatalogue catalogue;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    RulesetResource(RulesetCatalogue catalogue, Caller caller, IdempotentRequests idempotency) {
        this.catalogue = catalogue;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.AUDITOR, Roles.SUPERVISOR, Roles.PORTAL})
    @Operation(operationId = "listRulesets", summary = "Every ruleset version, oldest first (version 1 is the default 100-point ruleset)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = RulesetView.class), examples = @ExampleObject(name = "versions",
            value = "[{\"id\":\"a5e5a5e5-0000-4000-8000-000000000001\",\"version\":1,\"name\":\"重点工程责任单位考核办法（默认）\","
                    + "\"effectiveFrom\":\"2000-01-01\",\"definition\":{\"rules\":[{\"code\":\"SCHEDULE\",\"name\":\"项目进度（SPI）\",\"kind\":\"SCHEDULE_PERFORMANCE\",\"maxPoints\":100}],\"grades\":{\"excellent\":90,\"good\":75,\"pass\":60},"
                    + "\"outcomes\":{\"commendation\":[\"EXCELLENT\"],\"criticism\":[\"FAIL\"]}},\"definitionSha256\":\"…\","
                    + "\"createdAt\":\"2000-01-01T00:00:00Z\",\"createdBy\":\"system\"}]")))
    public Uni<List<RulesetView>> list() {
        return catalogue.all();
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.COMMANDER)
    @Operation(operationId = "createRuleset", summary = "Create the next ruleset version (commander); scored rules must add up to 100 points "
            + "(deductions and the self-inspection bonus stand outside them). Scores already published keep the version they were computed under.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "draft", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "created; Location names the ruleset list", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RulesetView.class)))
    @APIResponse(responseCode = "400", description = "the rules do not add up, thresholds do not descend, …",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = """
                    {"type":"https://keyprojects.county/problems/invalid-request","title":"Invalid request","status":400,
                    "detail":"the ruleset is not usable","errors":{"rules":"the maximum points of the scored rules must add up to 100, not 90"}}""")))
    public Uni<Response> create(@Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                @Valid @NotNull RulesetDraft draft) {
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/assessments/rulesets", draft, () -> catalogue.create(draft, caller.name())
                .map(view -> Response.created(URI.create("/api/assessments/rulesets?version=" + view.version())).entity(view).build()));
    }
}
