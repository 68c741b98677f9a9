package io.keyprojects.gateway.readcache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.keyprojects.gateway.publicity.PublicSourcesChanged;
import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's cache in front of its own reads, against a real upstream that counts what reaches it: a kept page is
 * served without asking the upstream, an event drops it, 304s work on kept answers, and one caller's dashboard is never
 * another's.
 */
@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
@TestProfile(CachedReadsTest.CacheOn.class)
class CachedReadsTest {
    private static final String PROJECTS = "/public/projects?year=2026";

    @Inject
    ReadCache cache;

    @Inject
    Event<PublicSourcesChanged> changes;

    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kp.gateway.read-cache.enabled", "true", "kp.gateway.read-cache.staleness", "1h");
        }
    }

    @BeforeEach
    void nothingKept() {
        cache.invalidate();
    }

    @Test
    void a_kept_public_page_is_served_without_calling_the_upstream_and_a_cdn_may_keep_it() {
        Response first = given().get(PROJECTS);
        assertEquals(200, first.statusCode());
        assertEquals("public, max-age=3600, stale-while-revalidate=3600", first.header("Cache-Control"));
        int upstreamCalls = EchoUpstreamResource.REQUESTS_SEEN.get();
        Response again = given().get(PROJECTS);
        assertEquals(200, again.statusCode());
        assertEquals(upstreamCalls, EchoUpstreamResource.REQUESTS_SEEN.get(), "the second read never reached the registry");
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.contentType(), again.contentType());
        assertEquals(first.header("Cache-Control"), again.header("Cache-Control"));
    }

    @Test
    void callers_missing_the_same_page_at_once_cost_one_upstream_read() throws Exception {
        int callers = 8;
        CompletableFuture<Void> gate = new CompletableFuture<>();
        EchoUpstreamResource.registryGate = gate; // the registry answers only when the test says so: the misses overlap
        try {
            int before = EchoUpstreamResource.REQUESTS_SEEN.get();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + PROJECTS)).build();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            // every caller has arrived: either at the registry or waiting at the gateway for another's read
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> EchoUpstreamResource.REQUESTS_SEEN.get() - before + cache.waiting() >= callers);
            gate.complete(null);
            Set<String> bodies = new HashSet<>();
            for (var answer : answers) {
                HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode());
                bodies.add(response.body());
            }
            assertEquals(1, EchoUpstreamResource.REQUESTS_SEEN.get() - before, "one read of the registry served them all");
            assertEquals(1, bodies.size(), "and they all got the same page");
        } finally {
            EchoUpstreamResource.registryGate = null;
        }
    }

    @Test
    void an_event_the_gateway_follows_drops_what_was_kept() {
        given().get(PROJECTS).then().statusCode(200);
        int upstreamCalls = EchoUpstreamResource.REQUESTS_SEEN.get();
        changes.fire(new PublicSourcesChanged("county.projects.project-updated.v1")); // what the events follower announces
        given().get(PROJECTS).then().statusCode(200);
        assertEquals(upstreamCalls + 1, EchoUpstreamResource.REQUESTS_SEEN.get(), "read again from the registry");
    }

    @Test
    void if_none_match_is_answered_304_from_the_cache_and_from_the_endpoint() {
        String etag = given().get(PROJECTS).then().statusCode(200).extract().header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).get(PROJECTS).then().statusCode(304)
                .header("ETag", equalTo(etag)).body(equalTo("")); // kept
        cache.invalidate();
        given().header("If-None-Match", "W/" + etag).get(PROJECTS).then().statusCode(304)
                .header("ETag", equalTo(etag)); // not kept: the endpoint answers it
    }

    @Test
    void the_feeds_and_the_api_document_carry_tags_too() {
        for (String path : new String[] {"/public/feed.json", "/public/feed.atom", "/openapi.json"}) {
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            assertNotNull(etag, path);
            given().header("If-None-Match", etag).get(path).then().statusCode(304);
        }
    }

    @Test
    void a_dashboard_is_kept_per_role_and_unit_and_only_privately() {
        String commander = TestTokens.bearer(TestTokens.commander());
        String zjj = TestTokens.bearer(TestTokens.department("ZJJ"));
        given().header("Authorization", commander).get("/api/dashboard?year=2026").then().statusCode(200)
                .header("Cache-Control", "private, no-cache");
        int upstreamCalls = EchoUpstreamResource.REQUESTS_SEEN.get();
        given().header("Authorization", commander).get("/api/dashboard?year=2026").then().statusCode(200)
                .header("Cache-Control", "private, no-cache");
        assertEquals(upstreamCalls, EchoUpstreamResource.REQUESTS_SEEN.get(), "the commander's second look is kept");
        given().header("Authorization", zjj).get("/api/dashboard?year=2026").then().statusCode(200)
                .body("unit", equalTo("ZJJ"))
                .body("blockers.uri", equalTo("/api/issues/counts?year=2026&unit=ZJJ"));
        assertEquals(upstreamCalls + 2, EchoUpstreamResource.REQUESTS_SEEN.get(), "a department's dashboard is its own");
        given().get("/api/dashboard?year=2026").then().statusCode(401); // nothing kept is shown to an anonymous caller
    }

    @Test
    void the_services_answers_are_private_to_the_caller() {
        given().header("Authorization", TestTokens.bearer(TestTokens.commander())).get("/api/projects/p1").then()
                .statusCode(200).header("Cache-Control", "private, no-cache");
    }
}
