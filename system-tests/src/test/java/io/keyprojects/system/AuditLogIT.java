package io.keyprojects.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.audit.AuditEntry;
import io.keyprojects.contracts.audit.Checkpoint;
import io.keyprojects.contracts.audit.CheckpointKeys;
import io.keyprojects.contracts.audit.HashRule;
import io.keyprojects.contracts.audit.InclusionProof;
import io.keyprojects.contracts.audit.LogVerifier;
import io.keyprojects.contracts.audit.OfflineVerifier;
import io.keyprojects.contracts.data.AuditCheckpointPublished;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The audit trail (审计留痕) as an auditor meets it in the assembled system: supervision writes entries,
 * assessment-service signs checkpoints of them and announces each on {@code assessment.events}; through the
 * gateway the auditor keeps two checkpoints, asks for an entry's inclusion proof and the consistency proof
 * between them, and checks all of it with the offline verifier and the log's public key file alone. Then a
 * database administrator tampers with the audit table three ways — a field changed, text moved between two
 * fields, the tail deleted and written again with fresh, correctly chained hashes — and each is caught
 * against the checkpoint kept before, offline and by {@code GET /api/audit/verify}. The table is restored
 * exactly after each case (and checked to be), so the other tests of the running system never see it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditLogIT {
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Duration CHECKPOINT_WAIT = Duration.ofSeconds(30);
    /** assessment-service's advisory lock that makes appends and checkpoints take turns (AuditTrail.CHAIN_LOCK). */
    private static final long CHAIN_LOCK = 0x6b70_6175_6469_7400L;
    private static final String GENESIS = "0".repeat(64);

    private static Path publicKey;
    private static Path evidence;
    private static String auditor;
    private static String supervisor;
    private static String unit;
    /** The auditor's own copies, kept outside the service: an entry, the checkpoint that first covered it, a later entry and checkpoint. */
    private static long first;
    private static Path olderFile;
    private static Checkpoint older;
    private static long second;
    private static Path newerFile;
    private static Checkpoint newer;

    @BeforeAll
    static void anAuditorKeepsTwoCheckpoints() throws IOException {
        RunningSystem system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        publicKey = system.auditPublicKey();
        evidence = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "audit-evidence-" + UUID.randomUUID()));
        auditor = WalkingSkeletonIT.token("auditor", null);
        supervisor = WalkingSkeletonIT.token("supervisor", null);
        String commander = WalkingSkeletonIT.token("commander", null);
        unit = "A" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().header("Authorization", commander).contentType(ContentType.JSON)
                .body("{\"code\":\"" + unit + "\",\"name\":\"审计测试局\",\"kind\":\"BUREAU\"}")
                .post("/api/units").then().statusCode(201);

        inspect("城南片区雨污分流改造督查"); // so the entry followed is not the tree's first leaf, even on a fresh log
        first = inspect("城东安置房项目拆迁进度督查");
        olderFile = evidence.resolve("older.json");
        older = keepCheckpointCovering(first, olderFile);
        inspect("高铁站前广场建设督查");
        inspect("县第二人民医院迁建督查");
        second = inspect("滨河绿道工程质量安全督查");
        newerFile = evidence.resolve("newer.json");
        newer = keepCheckpointCovering(second, newerFile);
    }

    @Test
    @Order(1)
    void the_auditor_checks_inclusion_and_consistency_offline_with_the_public_key_alone() throws IOException {
        assertTrue(older.treeSize() < newer.treeSize(), "two checkpoints of different trees: " + older + " " + newer);

        Verdict inOlder = offline("inclusion", publicKey.toString(), olderFile.toString(), proof(first, older.treeSize(), "proof-first.json").toString());
        assertEquals(0, inOlder.status(), inOlder.text());
        assertTrue(inOlder.text().startsWith("VALID: entry " + first + " is in the signed tree of " + older.treeSize()), inOlder.text());

        // against the latest checkpoint the service includes it in the proof; the auditor checks it against the copy they kept
        Path latestProof = evidence.resolve("proof-second-latest.json");
        Files.writeString(latestProof, given().header("Authorization", auditor).get("/api/audit/" + second + "/proof")
                .then().statusCode(200).extract().asString());
        Verdict inNewer = offline("inclusion", publicKey.toString(), newerFile.toString(), latestProof.toString());
        assertEquals(0, inNewer.status(), inNewer.text());

        Verdict extends_ = offline("consistency", publicKey.toString(), olderFile.toString(), newerFile.toString(),
                consistency(older.treeSize(), newer.treeSize()).toString());
        assertEquals(0, extends_.status(), extends_.text());
        assertTrue(extends_.text().contains("extends the signed log of " + older.treeSize()), extends_.text());

        // a checkpoint that the log's key did not sign passes for nothing
        Checkpoint forged = Checkpoint.sign(older.origin(), older.treeSize(), older.rootHash(), older.issuedAt(),
                CheckpointKeys.generate().getPrivate(), older.keyId());
        Path forgedFile = evidence.resolve("forged.json");
        Files.writeString(forgedFile, JSON.writeValueAsString(forged));
        Verdict refused = offline("inclusion", publicKey.toString(), forgedFile.toString(), evidence.resolve("proof-first.json").toString());
        assertEquals(1, refused.status(), refused.text());

        given().header("Authorization", auditor).get("/api/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("checkpointsChecked", greaterThanOrEqualTo(2));
    }

    @Test
    @Order(2)
    void every_checkpoint_is_announced_on_assessment_events_signed_by_the_logs_key() throws IOException {
        var key = CheckpointKeys.publicKey(Files.readString(publicKey));
        String type = EventType.AUDIT_CHECKPOINT_PUBLISHED.typeName();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Checkpoint> announced = Ledger.readAll(Topics.ASSESSMENT).stream()
                    .filter(r -> type.equals(Ledger.header(r, "ce_type")))
                    .map(r -> EventJson.dataAs(EventJson.read(r.value()), AuditCheckpointPublished.class).checkpoint())
                    .toList();
            assertTrue(announced.contains(older) && announced.contains(newer),
                    "both kept checkpoints are on " + Topics.ASSESSMENT + " as " + type + ": " + announced);
            for (Checkpoint c : announced.stream().filter(c -> c.keyId().equals(older.keyId())).toList()) {
                assertTrue(LogVerifier.checkpoint(key, c).valid(), "signed by the log's key: " + c);
            }
        });
    }

    @Test
    @Order(3)
    void a_changed_field_is_caught_against_the_earlier_checkpoint() throws Exception {
        try (Dba dba = new Dba()) {
            String details = dba.text("SELECT details FROM audit_entry WHERE seq = " + first);
            dba.update("UPDATE audit_entry SET details = ? WHERE seq = ?",
                    details.replace("城东安置房项目拆迁进度督查", "城东安置房项目拆迁进度督查（无问题）"), first);

            serviceFindsBrokenEntry(first);
            Verdict v = offline("inclusion", publicKey.toString(), olderFile.toString(), proof(first, older.treeSize(), "proof-changed.json").toString());
            assertEquals(1, v.status(), v.text());
            assertTrue(v.text().contains("content does not match its hash"), v.text());
        }
        theLogIsAsBefore();
    }

    @Test
    @Order(4)
    void text_moved_between_two_fields_is_caught_against_the_earlier_checkpoint() throws Exception {
        try (Dba dba = new Dba()) {
            // the subject's id moves to the front of the details: the same characters in the same order
            String subject = dba.text("SELECT subject FROM audit_entry WHERE seq = " + first);
            String details = dba.text("SELECT details FROM audit_entry WHERE seq = " + first);
            int cut = subject.indexOf('/') + 1;
            dba.update("UPDATE audit_entry SET subject = ?, details = ? WHERE seq = ?", subject.substring(0, cut),
                    subject.substring(cut) + details, first);
            assertEquals(subject + details, dba.text("SELECT subject || details FROM audit_entry WHERE seq = " + first));

            serviceFindsBrokenEntry(first);
            Verdict v = offline("inclusion", publicKey.toString(), olderFile.toString(), proof(first, older.treeSize(), "proof-moved.json").toString());
            assertEquals(1, v.status(), v.text());
            assertTrue(v.text().contains("content does not match its hash"), v.text());
        }
        theLogIsAsBefore();
    }

    @Test
    @Order(5)
    void a_tail_rewritten_with_fresh_chained_hashes_is_caught_against_the_earlier_checkpoint() throws Exception {
        try (Dba dba = new Dba()) {
            int tail = Integer.parseInt(dba.text("SELECT count(*) FROM audit_entry WHERE seq >= " + first));
            String previous = first == 1 ? GENESIS : dba.text("SELECT hash FROM audit_entry WHERE seq = " + (first - 1));
            dba.update("DELETE FROM audit_entry WHERE seq >= ?", first);
            for (int i = 0; i < tail; i++) { // as many entries as before, each hashed under the current rule and chained
                Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                AuditEntry unhashed = new AuditEntry(first + i, at.toString(), "supervisor", "INSPECTION_RECORDED",
                        "inspection/" + UUID.randomUUID(), "{\"title\":\"无问题\",\"unit\":\"" + unit + "\"}", previous, null,
                        HashRule.CURRENT.version());
                AuditEntry forged = new AuditEntry(unhashed.seq(), unhashed.at(), unhashed.actor(), unhashed.action(), unhashed.subject(),
                        unhashed.details(), previous, HashRule.CURRENT.hash(unhashed), unhashed.hashRule());
                dba.insert(forged, at);
                previous = forged.hash();
            }

            // the chain itself is whole again: only a checkpoint signed before can tell
            given().header("Authorization", auditor).get("/api/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenSeq", nullValue())
                    .body("brokenCheckpointTreeSize", greaterThanOrEqualTo((int) first))
                    .body("brokenCheckpointTreeSize", lessThanOrEqualTo((int) older.treeSize()));
            Path proof = proof(first, older.treeSize(), "proof-rewritten.json");
            AuditEntry served = JSON.readValue(proof.toFile(), InclusionProof.class).entry();
            assertEquals(served.expectedHash(), served.hash(), "the rewritten entry carries a correct hash of its own");
            Verdict inclusion = offline("inclusion", publicKey.toString(), olderFile.toString(), proof.toString());
            assertEquals(1, inclusion.status(), inclusion.text());
            assertTrue(inclusion.text().contains("not in the tree the checkpoint signed"), inclusion.text());
            Verdict consistency = offline("consistency", publicKey.toString(), olderFile.toString(), newerFile.toString(),
                    consistency(older.treeSize(), newer.treeSize()).toString());
            assertEquals(1, consistency.status(), consistency.text());
            assertTrue(consistency.text().contains("history was rewritten"), consistency.text());
        }
        theLogIsAsBefore();
    }

    @Test
    @Order(6)
    void restored_the_log_goes_on_and_still_extends_the_first_checkpoint() throws IOException {
        long third = inspect("县城北片区棚户区改造督查");
        Path latestFile = evidence.resolve("latest.json");
        Checkpoint latest = keepCheckpointCovering(third, latestFile);
        Verdict v = offline("consistency", publicKey.toString(), olderFile.toString(), latestFile.toString(),
                consistency(older.treeSize(), latest.treeSize()).toString());
        assertEquals(0, v.status(), v.text());
        Verdict in = offline("inclusion", publicKey.toString(), latestFile.toString(), proof(third, latest.treeSize(), "proof-third.json").toString());
        assertEquals(0, in.status(), in.text());
        given().header("Authorization", auditor).get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    // ---- the auditor's side: the gateway, files, the offline verifier

    /** Records an inspection (which the audit trail records); its entry's seq. */
    private static long inspect(String title) {
        Instant before = Instant.now().minusSeconds(5);
        String key = UUID.randomUUID().toString();
        // awaited: the new unit may not have reached assessment-service's view of the registry yet
        String id = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var r = given().header("Authorization", supervisor).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body("{\"unit\":\"" + unit + "\",\"inspectedOn\":\"2026-06-01\",\"title\":\"" + title + "\"}")
                    .post("/api/supervision/inspections");
            assertTrue(r.statusCode() == 201 || r.statusCode() == 422, "recorded, or the unit not known yet: " + r.asString());
            return r.statusCode() == 201 ? r.jsonPath().getString("id") : null;
        }, x -> x != null);
        JsonPath page = given().header("Authorization", auditor).queryParam("from", before.toString()).queryParam("size", 200)
                .get("/api/audit").then().statusCode(200).extract().jsonPath();
        Number seq = page.get("items.find { it.subject == 'inspection/" + id + "' }.seq");
        assertTrue(seq != null, "the inspection has an audit entry: " + page.prettify());
        return seq.longValue();
    }

    /** Waits for a checkpoint whose tree holds entry {@code seq} and keeps it, as served, in {@code file}. */
    private static Checkpoint keepCheckpointCovering(long seq, Path file) throws IOException {
        String body = await().atMost(CHECKPOINT_WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            var r = given().header("Authorization", auditor).get("/api/audit/checkpoints/latest");
            return r.statusCode() == 200 && r.jsonPath().getLong("treeSize") >= seq ? r.asString() : null;
        }, b -> b != null);
        Files.writeString(file, body);
        return JSON.readValue(body, Checkpoint.class);
    }

    private static Path proof(long seq, long treeSize, String name) throws IOException {
        Path file = evidence.resolve(name);
        Files.writeString(file, given().header("Authorization", auditor).queryParam("treeSize", treeSize)
                .get("/api/audit/" + seq + "/proof").then().statusCode(200).extract().asString());
        return file;
    }

    private static Path consistency(long from, long to) throws IOException {
        Path file = evidence.resolve("consistency-" + from + "-" + to + "-" + UUID.randomUUID() + ".json");
        Files.writeString(file, given().header("Authorization", auditor).queryParam("from", from).queryParam("to", to)
                .get("/api/audit/consistency").then().statusCode(200).extract().asString());
        return file;
    }

    record Verdict(int status, String text) {
    }

    /** The auditor's command line ({@code scripts/audit-verify.sh}), run in this JVM: exit status and what it printed. */
    private static Verdict offline(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = OfflineVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Verdict(status, (out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).trim());
    }

    private static void serviceFindsBrokenEntry(long seq) {
        given().header("Authorization", auditor).get("/api/audit/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq));
    }

    private static void theLogIsAsBefore() throws IOException {
        given().header("Authorization", auditor).get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        Verdict v = offline("inclusion", publicKey.toString(), olderFile.toString(), proof(first, older.treeSize(), "proof-restored.json").toString());
        assertEquals(0, v.status(), v.text());
    }

    // ---- the database administrator's side

    /**
     * A direct connection to assessment-service's database that, while open, pauses the checkpoint job
     * (its job lock) and holds the chain lock, so no entry is appended and nothing is signed over the
     * tampered table; closing puts the table back exactly as it was (checked by a fingerprint) and lets go.
     */
    private static final class Dba implements AutoCloseable {
        private static final String FINGERPRINT = "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY seq)), '-') FROM audit_entry t";
        private final Connection c;
        private final String before;

        Dba() throws SQLException {
            c = Ledger.connect("assessment");
            c.setAutoCommit(true);
            execute("SELECT pg_advisory_lock(27504, hashtext('audit-checkpoint'))"); // SingleInstanceJobs' lock of the checkpoint job
            execute("SELECT pg_advisory_lock(" + CHAIN_LOCK + ")");
            execute("CREATE TEMP TABLE audit_entry_kept AS SELECT * FROM audit_entry");
            before = text(FINGERPRINT);
        }

        String text(String sql) throws SQLException {
            try (var rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }

        void execute(String sql) throws SQLException {
            try (var st = c.createStatement()) {
                st.execute(sql);
            }
        }

        void update(String sql, Object... values) throws SQLException {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    st.setObject(i + 1, values[i]);
                }
                assertTrue(st.executeUpdate() > 0, "the tampering touched rows: " + sql);
            }
        }

        void insert(AuditEntry e, Instant at) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO audit_entry (seq, at, actor, action, subject, details, previous_hash, "
                    + "hash, hash_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                st.setLong(1, e.seq());
                st.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
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

        @Override
        public void close() throws SQLException {
            try {
                c.setAutoCommit(false);
                execute("DELETE FROM audit_entry");
                execute("INSERT INTO audit_entry SELECT * FROM audit_entry_kept");
                c.commit();
                c.setAutoCommit(true);
                assertEquals(before, text(FINGERPRINT), "the audit table is back exactly as it was");
            } finally {
                try {
                    execute("SELECT pg_advisory_unlock_all()");
                } finally {
                    c.close();
                }
            }
        }
    }
}
