package io.keyprojects.assessment.audit;

import java.time.Instant;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Tag(name = "Audit trail", description = "审计留痕: append-only, hash-chained record of every score, ruleset, recompute, inspection, finding and bulletin")
@RolesAllowed({Roles.AUDITOR, Roles.COMMANDER})
public class AuditResource {
    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @WithSession
    @Operation(operationId = "listAuditEntries", summary = "Audit entries in chain order, optionally between two instants (auditor, commander)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageAuditEntry"), examples = @ExampleObject(name = "page",
            value = """
                    {"items":[{"seq":1,"at":"2026-07-01T02:00:00Z","actor":"commander","action":"SCORE_PUBLISHED","subject":"2026-H1",
                    "details":"{\\"publication\\":\\"6f1c0b7e-2d3a-4c5b-8e9f-0a1b2c3d4e5f\\",\\"units\\":12}","previousHash":"0000…","hash":"9b2e…"}],"page":0,"size":20,"total":1}""")))
    public Uni<Page<AuditChain.Entry>> list(
            @Parameter(description = "from this instant (inclusive)", example = "2026-01-01T00:00:00Z") @QueryParam("from") Instant from,
            @Parameter(description = "to this instant (exclusive)", example = "2027-01-01T00:00:00Z") @QueryParam("to") Instant to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return trail.page(from, to,
                PageRequest.of(page, size));
    }

    @GET
    @Path("/verify")
    @WithSession
    @Operation(operationId = "verifyAuditChain", summary = "Walk the whole chain; names the first broken entry and why (auditor, commander)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuditTrail.Verification.class), examples = {
            @ExampleObject(name = "intact", value = "{\"intact\":true,\"entries\":42,\"headHash\":\"9b2e…\"}"),
            @ExampleObject(name = "broken", value = """
                    {"intact":false,"entries":42,"firstBrokenSeq":17,"reason":"its content does not match its hash: the entry was altered","headHash":"9b2e…"}""")}))
    public Uni<AuditTrail.Verification> verify() {
        return trail.verify();
    }
}
