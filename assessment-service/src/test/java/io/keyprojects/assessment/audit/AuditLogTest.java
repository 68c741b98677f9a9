package io.keyprojects.assessment.audit;

import static io.keyprojects.assessment.support.Feed.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.audit.AuditEntry;
import io.keyprojects.contracts.audit.Checkpoint;
import io.keyprojects.contracts.audit.CheckpointKeys;
import io.keyprojects.contracts.audit.ConsistencyProof;
import io.keyprojects.contracts.audit.InclusionProof;
import io.keyprojects.contracts.audit.LogVerifier;
import io.keyprojects.contracts.audit.OfflineVerifier;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit trail as a transparency log: signed checkpoints, proofs an auditor checks offline, and
 * tampering done directly in the database (as a database administrator could) caught against a checkpoint
 * taken before it.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class AuditLogTest {
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Inject
    CheckpointKey key;

    @Inject
    CheckpointSchedule schedule;

    @Inject
    io.vertx.core.Vertx vertx;

    /** One tick of the minute's schedule, on a Vert.x context as the scheduler runs it. */
    private void tick() {
        var context = io.smallrye.common.vertx.VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle.setContextSafe(context, true);
        var done = new java.util.concurrent.CompletableFuture<Void>();
        context.runOnContext(ignored -> schedule.run().subscribe().with(done::complete, done::completeExceptionally));
        done.orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    /** Publishes a bulletin, which issues a checkpoint over the log as it stands and prints it; returns that checkpoint. */
    private static Checkpoint checkpointByBulletin() throws Exception {
        return JSON.treeToValue(bulletin().path("content").path("auditCheckpoint"), Checkpoint.class);
    }

    private static com.fasterxml.jackson.databind.JsonNode bulletin() throws Exception {
        com.fasterxml.jackson.databind.JsonNode bulletin = null;
        for (int i = 0; i < 2; i++) { // the very first bulletin may meet an empty log, and then has no checkpoint to print
            bulletin = JSON.readTree(as("supervisor").post("/api/supervision/bulletins?period=2014").then().statusCode(201).extract().asString());
            if (bulletin.path("content").path("auditCheckpoint").isObject()) {
                return bulletin;
            }
        }
        throw new AssertionError("a bulletin prints the audit log's checkpoint: " + bulletin);
    }

    private static InclusionProof proof(long seq, long treeSize) throws Exception {
        return JSON.readValue(as("auditor").queryParam("treeSize", treeSize).get("/api/audit/" + seq + "/proof").then().statusCode(200)
                .extract().asString(), InclusionProof.class);
    }

    private static void verifyReportsIntact() {
        as("auditor").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true)).body("reason", nullValue());
    }

    @Test
    void a_bulletin_prints_a_signed_checkpoint_that_is_announced_and_served_as_the_latest() throws Exception {
        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            var bulletin = bulletin();
            Checkpoint printed = JSON.treeToValue(bulletin.path("content").path("auditCheckpoint"), Checkpoint.class);
            assertTrue(LogVerifier.checkpoint(key.publicKey().orElseThrow(), printed).valid());

            String raw = probe.awaitRaw(e -> e.type().equals(EventType.AUDIT_CHECKPOINT_PUBLISHED.typeName())
                    && e.data().path("treeSize").asLong() == printed.treeSize(), Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(raw));

            Checkpoint latest = JSON.readValue(as("commander").get("/api/audit/checkpoints/latest").then().statusCode(200)
                    .extract().asString(), Checkpoint.class);
            assertEquals(printed, latest, "no entry was checkpointed after the bulletin's own");

            as("auditor").get("/api/supervision/bulletins/" + bulletin.path("id").asText() + ".html").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("审计日志检查点"))
                    .body(org.hamcrest.Matchers.containsString(printed.rootHash()))
                    .body(org.hamcrest.Matchers.containsString(printed.signature()));
        }
    }

    @Test
    void the_schedule_signs_a_checkpoint_when_there_are_new_entries_and_none_otherwise() throws Exception {
        Checkpoint printed = checkpointByBulletin(); // the bulletin's own entry comes after its checkpoint
        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            tick();
            Checkpoint next = JSON.readValue(as("auditor").get("/api/audit/checkpoints/latest").then().statusCode(200)
                    .extract().asString(), Checkpoint.class);
            assertEquals(printed.treeSize() + 1, next.treeSize());
            assertTrue(LogVerifier.checkpoint(key.publicKey().orElseThrow(), next).valid());
            probe.awaitRaw(e -> e.type().equals(EventType.AUDIT_CHECKPOINT_PUBLISHED.typeName())
                    && e.data().path("treeSize").asLong() == next.treeSize(), Duration.ofSeconds(30)).orElseThrow();

            tick();
            as("auditor").get("/api/audit/checkpoints/latest").then().statusCode(200)
                    .body("treeSize", equalTo((int) next.treeSize())).body("signature", equalTo(next.signature()));
        }
    }

    @Test
    void every_entry_proves_its_inclusion_and_a_later_checkpoint_proves_it_extends_an_earlier_one() throws Exception {
        Checkpoint older = checkpointByBulletin();
        Checkpoint newer = checkpointByBulletin(); // the first bulletin's own entry makes the log grow
        assertTrue(newer.treeSize() > older.treeSize());
        var publicKey = key.publicKey().orElseThrow();

        for (long seq : List.of(1L, older.treeSize() / 2 + 1, older.treeSize())) {
            var verdict = LogVerifier.inclusion(publicKey, older, proof(seq, older.treeSize()));
            assertTrue(verdict.valid(), verdict.reason());
        }
        InclusionProof againstLatest = JSON.readValue(as("auditor").get("/api/audit/" + newer.treeSize() + "/proof").then().statusCode(200)
                .body("checkpoint.treeSize", equalTo((int) newer.treeSize())).extract().asString(), InclusionProof.class);
        assertTrue(LogVerifier.inclusion(publicKey, againstLatest.checkpoint(), againstLatest).valid());

        String served = as("auditor").queryParam("from", older.treeSize()).get("/api/audit/consistency")
                .then().statusCode(200).body("to", equalTo((int) newer.treeSize())).extract().asString();
        var verdict = LogVerifier.consistency(publicKey, older, newer, JSON.readValue(served, ConsistencyProof.class));
        assertTrue(verdict.valid(), verdict.reason());

        // the same answers, as files, through the auditor's command line
        Path dir = Files.createTempDirectory(Path.of("target"), "audit-verify");
        String key = write(dir, "audit-public.pem", CheckpointKeys.pem("PUBLIC KEY", publicKey.getEncoded()));
        assertEquals(0, OfflineVerifier.run(new String[] {"consistency", key, write(dir, "older.json", JSON.writeValueAsString(older)),
                write(dir, "newer.json", JSON.writeValueAsString(newer)), write(dir, "consistency.json", served)}, System.out, System.err));
        assertEquals(0, OfflineVerifier.run(new String[] {"inclusion", key, write(dir, "older.json", JSON.writeValueAsString(older)),
                write(dir, "proof.json", as("auditor").queryParam("treeSize", older.treeSize()).get("/api/audit/1/proof").then()
                        .statusCode(200).extract().asString())}, System.out, System.err));
        as("auditor").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("latestCheckpoint.treeSize", equalTo((int) newer.treeSize()));
    }

    @Test
    void a_field_changed_in_the_database_is_detected_against_an_earlier_checkpoint() throws Exception {
        Checkpoint earlier = checkpointByBulletin();
        long seq = earlier.treeSize();
        AuditEntry original = proof(seq, earlier.treeSize()).entry();
        try (Connection c = Feed.db()) {
            try {
                update(c, "UPDATE audit_entry SET actor = 'someone' WHERE seq = ?", seq);
                as("auditor").get("/api/audit/verify").then().statusCode(200)
                        .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq));
                var verdict = LogVerifier.inclusion(key.publicKey().orElseThrow(), earlier, proof(seq, earlier.treeSize()));
                assertFalse(verdict.valid(), "the altered entry is refused");
            } finally {
                try (var st = c.prepareStatement("UPDATE audit_entry SET actor = ? WHERE seq = ?")) {
                    st.setString(1, original.actor());
                    st.setLong(2, seq);
                    st.executeUpdate();
                }
            }
        }
        verifyReportsIntact();
    }

    @Test
    void text_moved_between_two_fields_in_the_database_is_detected_against_an_earlier_checkpoint() throws Exception {
        Checkpoint earlier = checkpointByBulletin();
        long seq = earlier.treeSize();
        AuditEntry original = proof(seq, earlier.treeSize()).entry();
        try (Connection c = Feed.db()) {
            try {
                // the subject's last characters move to the front of the details: joined by newlines, both read the same
                String subject = original.subject();
                try (var st = c.prepareStatement("UPDATE audit_entry SET subject = ?, details = ? WHERE seq = ?")) {
                    st.setString(1, subject.substring(0, subject.length() - 4));
                    st.setString(2, subject.substring(subject.length() - 4) + original.details());
                    st.setLong(3, seq);
                    st.executeUpdate();
                }
                as("auditor").get("/api/audit/verify").then().statusCode(200)
                        .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq));
                assertFalse(LogVerifier.inclusion(key.publicKey().orElseThrow(), earlier, proof(seq, earlier.treeSize())).valid());
            } finally {
                try (var st = c.prepareStatement("UPDATE audit_entry SET subject = ?, details = ? WHERE seq = ?")) {
                    st.setString(1, original.subject());
                    st.setString(2, original.details());
                    st.setLong(3, seq);
                    st.executeUpdate();
                }
            }
        }
        verifyReportsIntact();
    }

    @Test
    void a_tail_deleted_and_rewritten_with_fresh_hashes_is_detected_against_an_earlier_checkpoint() throws Exception {
        Checkpoint earlier = checkpointByBulletin();
        long from = Math.max(1, earlier.treeSize() - 1);
        try (Connection c = Feed.db()) {
            List<Object[]> kept = rows(c, from);
            try {
                update(c, "DELETE FROM audit_entry WHERE seq >= ?", from);
                AuditEntry previous = from == 1 ? null : proof(from - 1, from - 1).entry();
                for (int i = 0; i < kept.size(); i++) { // as many entries as before, each correctly chained and hashed
                    AuditEntry forged = AuditChain.next(previous, Instant.now(), "someone", "SCORE_PUBLISHED", "assessment/2014",
                            "{\"total\":\"100.00\"}");
                    insert(c, forged);
                    previous = forged;
                }
                as("auditor").get("/api/audit/verify").then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("firstBrokenSeq", nullValue())
                        .body("brokenCheckpointTreeSize", notNullValue());
                var verdict = LogVerifier.inclusion(key.publicKey().orElseThrow(), earlier, proof(from, earlier.treeSize()));
                assertFalse(verdict.valid(), "the forged entry is not in the earlier checkpoint's tree");
                Path dir = Files.createTempDirectory(Path.of("target"), "audit-verify");
                assertEquals(1, OfflineVerifier.run(new String[] {"inclusion",
                        write(dir, "audit-public.pem", CheckpointKeys.pem("PUBLIC KEY", key.publicKey().orElseThrow().getEncoded())),
                        write(dir, "earlier.json", JSON.writeValueAsString(earlier)),
                        write(dir, "proof.json", as("auditor").queryParam("treeSize", earlier.treeSize()).get("/api/audit/" + from + "/proof")
                                .then().statusCode(200).extract().asString())}, System.out, System.err), "the command line refuses it too");

                Checkpoint afterwards = checkpointByBulletin();
                assertEquals(earlier, afterwards, "the service signs no checkpoint over a rewritten history");
            } finally {
                update(c, "DELETE FROM audit_entry WHERE seq >= ?", from);
                for (Object[] row : kept) {
                    try (var st = c.prepareStatement("INSERT INTO audit_entry (seq, at, actor, action, subject, details, previous_hash, hash, "
                            + "hash_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (int i = 0; i < row.length; i++) {
                            st.setObject(i + 1, row[i]);
                        }
                        st.executeUpdate();
                    }
                }
            }
        }
        verifyReportsIntact();
    }

    @Test
    void proofs_outside_the_log_are_answered_with_problems() {
        as("auditor").get("/api/audit/abc/proof").then().statusCode(400).contentType("application/problem+json");
        as("auditor").queryParam("treeSize", 0).get("/api/audit/1/proof").then().statusCode(400);
        as("auditor").get("/api/audit/1/proof?treeSize=999999999").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/tree-size-out-of-range"));
        as("auditor").get("/api/audit/999999999/proof?treeSize=1").then().statusCode(404);
        as("auditor").get("/api/audit/2/proof?treeSize=1").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/entry-not-in-tree"));
        as("auditor").get("/api/audit/consistency").then().statusCode(400).body("errors.from", notNullValue());
        as("auditor").get("/api/audit/consistency?from=3&to=2").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/from-after-to"));
        as("auditor").get("/api/audit/consistency?from=1&to=999999999").then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/tree-size-out-of-range"));
        as("supervisor").get("/api/audit/checkpoints/latest").then().statusCode(403);
    }

    @Test
    void the_log_endpoints_are_documented_with_an_operation_id_a_response_schema_and_their_problems() throws Exception {
        var paths = JSON.readTree(io.restassured.RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString()).path("paths");
        for (String[] op : new String[][] {{"/api/audit/checkpoints/latest", "getLatestAuditCheckpoint", "404"},
                {"/api/audit/{seq}/proof", "getAuditInclusionProof", "400,404,422"},
                {"/api/audit/consistency", "getAuditConsistencyProof", "400,404,422"}}) {
            var get = paths.path(op[0]).path("get");
            assertEquals(op[1], get.path("operationId").asText(), op[0]);
            assertTrue(get.path("responses").path("200").path("content").path("application/json").has("schema"), op[0] + " schema");
            assertTrue(get.path("responses").path("200").toString().contains("example"), op[0] + " example");
            for (String status : op[2].split(",")) {
                assertTrue(get.path("responses").has(status), op[0] + " " + status);
            }
        }
    }

    private static List<Object[]> rows(Connection c, long from) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (var st = c.prepareStatement("SELECT seq, at, actor, action, subject, details, previous_hash, hash, hash_rule "
                + "FROM audit_entry WHERE seq >= ? ORDER BY seq")) {
            st.setLong(1, from);
            var rs = st.executeQuery();
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getShort(9)});
            }
        }
        return rows;
    }

    private static void insert(Connection c, AuditEntry e) throws Exception {
        try (var st = c.prepareStatement("INSERT INTO audit_entry (seq, at, actor, action, subject, details, previous_hash, hash, hash_rule) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, e.seq());
            st.setObject(2, OffsetDateTime.parse(e.at()));
            st.setString(3, e.actor());
            st.setString(4, e.action());
            st.setString(5, e.subject());
            st.setString(6, e.details());
            st.setString(7, e.previousHash());
            st.setString(8, e.hash());
            st.setShort(9, (short) e.hashRule());
            st.executeUpdate();
        }
    }

    private static String write(Path dir, String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    private static void update(Connection c, String sql, long seq) throws Exception {
        try (var st = c.prepareStatement(sql)) {
            st.setLong(1, seq);
            st.executeUpdate();
        }
    }
}
