package io.keyprojects.assessment.audit;

import static io.keyprojects.assessment.support.Feed.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class AuditTrailTest {

    @Test
    void a_tampered_audit_entry_is_named_by_verify() throws Exception {
        String unit = Feed.unit();
        UUID p = Feed.project(unit, 2018, "2018-03-01");
        Feed.awaitStored(1, p);
        as("commander").post("/api/assessments/publications?period=2018").then().statusCode(201);
        as("auditor").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true)).body("firstBrokenSeq", nullValue());

        List<Integer> seqs = as("auditor").queryParam("size", 200).queryParam("page", 0).get("/api/audit").then().statusCode(200)
                .extract().path("items.findAll { it.subject == 'assessment/2018' }.seq");
        long seq = seqs.get(seqs.size() - 1);
        try (Connection c = Feed.db()) {
            String original;
            try (var st = c.prepareStatement("SELECT details FROM audit_entry WHERE seq = ?")) {
                st.setLong(1, seq);
                var rs = st.executeQuery();
                rs.next();
                original = rs.getString(1);
            }
            try {
                update(c, seq, original.replace(unit, "ZJJ"));
                as("auditor").get("/api/audit/verify").then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("firstBrokenSeq", equalTo((int) seq));
            } finally {
                update(c, seq, original);
            }
        }
        as("commander").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void only_auditors_and_the_commander_read_the_trail() {
        as("supervisor").get("/api/audit").then().statusCode(403).contentType("application/problem+json");
        io.restassured.RestAssured.given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ")))
                .get("/api/audit/verify").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/audit").then().statusCode(401).contentType("application/problem+json");
    }

    private static void update(Connection c, long seq, String details) throws Exception {
        try (var st = c.prepareStatement("UPDATE audit_entry SET details = ? WHERE seq = ?")) {
            st.setString(1, details);
            st.setLong(2, seq);
            st.executeUpdate();
        }
    }
}
