package io.keyprojects.assessment.audit;

import io.keyprojects.contracts.audit.AuditEntry;
import io.keyprojects.contracts.audit.Checkpoint;
import io.keyprojects.contracts.audit.ConsistencyProof;
import io.keyprojects.contracts.audit.InclusionProof;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Tag(name = "Audit trail", description = "审计留痕: append-only, hash-chained record of every score, ruleset, recompute, inspection, finding and "
        + "bulletin; a transparency log (RFC 9162) with signed checkpoints, inclusion and consistency proofs")
@RolesAllowed({Roles.AUDITOR, Roles.COMMANDER})
public class AuditResource {
    private static final String ENTRY_EXAMPLE = """
            {"seq":17,"at":"2026-07-01T02:00:00.123456Z","actor":"commander","action":"SCORE_PUBLISHED","subject":"assessment/2026-H1",
            "details":"{\\"publication\\":\\"6f1c…\\",\\"units\\":12}","previousHash":"4a0d…","hash":"9b2e…","hashRule":2}""";
    private static final String CHECKPOINT_EXAMPLE = """
            {"origin":"keyprojects.county/assessment-service/audit","treeSize":42,
            "rootHash":"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328","issuedAt":"2026-07-01T02:01:00.004512Z",
            "keyId":"3f9a61c2d04b7e18","signature":"q0rj…Bw=="}""";

    private final AuditTrail trail;
    private final AuditLog log;

    AuditResource(AuditTrail trail, AuditLog log) {
        this.trail = trail;
        this.log = log;
    }

    @GET
    @WithSession
    @Operation(operationId = "listAuditEntries", summary = "Audit entries in chain order, optionally between two instants (auditor, commander)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageAuditEntry"), examples = @ExampleObject(name = "page",
            value = "{\"items\":[" + ENTRY_EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @APIResponse(responseCode = "400", description = "a malformed instant", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Page<AuditEntry>> list(
            @Parameter(description = "from this instant (inclusive)", example = "2026-01-01T00:00:00Z") @QueryParam("from") Instant from,
            @Parameter(description = "to this instant (exclusive)", example = "2027-01-01T00:00:00Z") @QueryParam("to") Instant to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return trail.page(from, to,
                PageRequest.of(page, size));
    }

    @GET
    @Path("/verify")
    @WithSession
    @Operation(operationId = "verifyAuditTrail", summary = "Walk the whole chain, then check every stored checkpoint's signature and root "
            + "against it; names the first broken entry, or the earliest checkpoint the log no longer matches, and why (auditor, commander)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuditLog.Verification.class),
            examples = {
                    @ExampleObject(name = "intact", value = "{\"intact\":true,\"entries\":42,\"headHash\":\"9b2e…\",\"checkpointsChecked\":7,"
                            + "\"latestCheckpoint\":" + CHECKPOINT_EXAMPLE + "}"),
                    @ExampleObject(name = "altered entry", value = """
                            {"intact":false,"entries":42,"firstBrokenSeq":17,"reason":"its content does not match its hash: the entry was altered",
                            "headHash":"9b2e…","checkpointsChecked":7}"""),
                    @ExampleObject(name = "rewritten history", value = """
                            {"intact":false,"entries":42,"reason":"the first 40 entries no longer give the root hash the checkpoint of 40 entries \
                            signed at 2026-07-01T02:01:00.004512Z: an entry from 31 to 40 was changed, removed or rewritten after it was signed",
                            "headHash":"77c1…","brokenCheckpointTreeSize":40,"checkpointsChecked":7}""")}))
    public Uni<AuditLog.Verification> verify() {
        return log.verify();
    }

    @GET
    @Path("/checkpoints/latest")
    @WithSession
    @Operation(operationId = "getLatestAuditCheckpoint", summary = "The latest signed checkpoint of the audit log: tree size, Merkle root "
            + "(RFC 9162), time, Ed25519 signature over their RFC 8785 canonical JSON; keep it to check proofs later (auditor, commander)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Checkpoint.class),
            examples = @ExampleObject(name = "checkpoint", value = CHECKPOINT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "no checkpoint issued yet (or no signing key configured)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "none", value = """
                    {"type":"https://keyprojects.county/problems/no-checkpoint","title":"No checkpoint yet","status":404,
                    "detail":"no checkpoint has been issued yet: one is issued every minute when there are new entries"}""")))
    public Uni<Checkpoint> latestCheckpoint() {
        return log.latestOrProblem();
    }

    @GET
    @Path("/{seq}/proof")
    @WithSession
    @Operation(operationId = "getAuditInclusionProof", summary = "The entry with its inclusion proof (RFC 9162 §2.1.3) against the latest "
            + "checkpoint (included), or against the tree of treeSize entries (auditor, commander)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = InclusionProof.class),
            examples = @ExampleObject(name = "proof", value = "{\"entry\":" + ENTRY_EXAMPLE + ",\"leafIndex\":16,\"treeSize\":42,"
                    + "\"auditPath\":[\"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7\",\"5f08…\",\"6b47…\"],"
                    + "\"checkpoint\":" + CHECKPOINT_EXAMPLE + "}")))
    @APIResponse(responseCode = "400", description = "seq or treeSize is not a positive whole number", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such entry, or no checkpoint yet when treeSize is not given",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "the entry is not in that tree, or the log has fewer entries than treeSize",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not yet in a checkpoint", value = """
                    {"type":"https://keyprojects.county/problems/entry-not-in-tree","title":"Entry not in this tree","status":422,
                    "detail":"entry 43 is not among the first 42 entries: ask with a larger treeSize, or wait for the next checkpoint"}""")))
    public Uni<InclusionProof> inclusion(
            @Parameter(description = "the entry's sequence number", example = "17", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("seq") String seq,
            @Parameter(description = "prove against the tree of this many entries instead of the latest checkpoint", example = "42", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
            @QueryParam("treeSize") String treeSize) {
        return log.inclusion(positive("seq", seq), positiveOrNull("treeSize", treeSize));
    }

    @GET
    @Path("/consistency")
    @WithSession
    @Operation(operationId = "getAuditConsistencyProof", summary = "The consistency proof (RFC 9162 §2.1.4) that the log of `from` entries is "
            + "a prefix of the log of `to` entries (default: the latest checkpoint's size): nothing before was changed (auditor, commander)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConsistencyProof.class),
            examples = @ExampleObject(name = "proof", value = """
                    {"from":6,"to":8,"proof":["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0","d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]}""")))
    @APIResponse(responseCode = "400", description = "from missing, or from/to not a positive whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "to not given and no checkpoint yet", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "from after to, or the log has fewer entries than to", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "from after to", value = """
                    {"type":"https://keyprojects.county/problems/from-after-to","title":"from is after to","status":422,
                    "detail":"from (50) must not be larger than to (42)"}""")))
    public Uni<ConsistencyProof> consistency(
            @Parameter(description = "the older tree's size (an older checkpoint's treeSize)", required = true, example = "6", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("from") String from,
            @Parameter(description = "the newer tree's size; default the latest checkpoint's", example = "8", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @QueryParam("to") String to) {
        return log.consistency(positive("from", from), positiveOrNull("to", to));
    }

    private static Long positiveOrNull(String field, String text) {
        return text == null || text.isBlank() ? null : positive(field, text);
    }

    /** A whole number ≥ 1 from the request; anything else is a 400 naming the field. */
    private static long positive(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest(field + " is required", Map.of(field, "a whole number from 1"));
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ProblemException.badRequest(field + " must be a whole number from 1", Map.of(field, "a whole number from 1, not " + text));
    }
}
