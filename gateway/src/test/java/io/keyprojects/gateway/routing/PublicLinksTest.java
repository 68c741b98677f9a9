package io.keyprojects.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Links in answers name the gateway's public address, never a service's internal one. */
@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class PublicLinksTest {
    private static final String COMMANDER = TestTokens.bearer(TestTokens.commander());

    @Test
    void a_location_and_self_links_from_a_service_point_at_the_gateway_and_foreign_links_stay() {
        String gateway = "http://localhost:" + RestAssured.port;
        given().header("Authorization", COMMANDER).redirects().follow(false)
                .get("/api/issues/created")
                .then().statusCode(201)
                .header("Location", equalTo(gateway + "/api/issues/0b6f2a52?view=full"))
                .header("Content-Location", equalTo("/api/issues/0b6f2a52"))
                .header("Link", equalTo("<" + gateway + "/api/issues?page=2>; rel=\"next\", <https://example.org/help>; rel=\"help\""))
                .body("forwardedHost", equalTo("localhost:" + RestAssured.port))
                .body("forwardedProto", equalTo("http"));
    }

    @Test
    void forwarded_headers_from_a_peer_that_is_not_a_trusted_proxy_are_ignored() {
        String gateway = "http://localhost:" + RestAssured.port;
        given().header("Authorization", COMMANDER).redirects().follow(false)
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .get("/api/issues/created")
                .then().statusCode(201)
                .header("Location", equalTo(gateway + "/api/issues/0b6f2a52?view=full"))
                .body("forwardedHost", equalTo("localhost:" + RestAssured.port));
    }

    // the rules themselves, without a server

    private static final Map<String, String> NONE = Map.of();

    @Test
    void the_configured_base_url_wins_over_the_request_and_any_forwarded_header() {
        var origin = new PublicOrigin(Optional.of("https://kp.county.gov.cn/gw/"), Set.of("10.0.0.1"));
        assertEquals("https://kp.county.gov.cn/gw",
                origin.of("http", "gateway:8080", "10.0.0.1", Map.of("X-Forwarded-Host", "other.example")::get));
        var links = new PublicLinks(Set.of("http://issues:8082"));
        assertEquals("https://kp.county.gov.cn/gw/api/issues/1", links.rewrite("http://issues:8082/api/issues/1", "https://kp.county.gov.cn/gw", null));
    }

    @Test
    void forwarded_proto_host_and_port_count_only_from_a_trusted_proxy() {
        var origin = new PublicOrigin(Optional.empty(), Set.of("10.0.0.1"));
        Map<String, String> forwarded = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "kp.county.gov.cn, inner", "X-Forwarded-Port", "8443");
        assertEquals("https://kp.county.gov.cn:8443", origin.of("http", "gateway:8080", "10.0.0.1", forwarded::get));
        assertEquals("http://gateway:8080", origin.of("http", "gateway:8080", "192.168.1.9", forwarded::get));
        assertEquals("https://kp.county.gov.cn", origin.of("http", "gateway:8080", "10.0.0.1",
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "kp.county.gov.cn", "X-Forwarded-Port", "443")::get));
        assertEquals("http://gateway:8080", origin.of("http", "gateway:8080", "10.0.0.1", NONE::get));
        // a garbled header from the proxy does not become a link
        assertEquals("http://gateway:8080", origin.of("http", "gateway:8080", "10.0.0.1", Map.of("X-Forwarded-Host", "a b/c")::get));
    }

    @Test
    void only_links_on_an_internal_origin_are_rewritten() {
        var links = new PublicLinks(Set.of("http://localhost:8081", "http://issues"));
        assertEquals("https://kp.example/api/projects/1", links.rewrite("http://LOCALHOST:8081/api/projects/1", "https://kp.example", null));
        assertEquals("https://kp.example/api/issues/1", links.rewrite("http://issues:80/api/issues/1", "https://kp.example", null));
        assertEquals("http://localhost:9999/x", links.rewrite("http://localhost:9999/x", "https://kp.example", null));
        assertEquals("https://kp.example/x", links.rewrite("http://localhost:9999/x", "https://kp.example", "http://localhost:9999"));
        assertEquals("/api/projects/1", links.rewrite("/api/projects/1", "https://kp.example", null));
        assertEquals("<https://kp.example/api/issues?page=2>; rel=\"next\", <https://example.org/h>; rel=\"help\"",
                links.rewriteLinks("<http://issues/api/issues?page=2>; rel=\"next\", <https://example.org/h>; rel=\"help\"", "https://kp.example", null));
    }

    @Test
    void the_forwarded_headers_name_the_base_url_s_scheme_host_and_prefix() {
        assertEquals(new PublicOrigin.Base("http", "gateway:8080", ""), PublicOrigin.Base.of("http://gateway:8080"));
        assertEquals(new PublicOrigin.Base("https", "kp.county.gov.cn", "/gw"), PublicOrigin.Base.of("https://kp.county.gov.cn/gw"));
        assertEquals(new PublicOrigin.Base("https", "[::1]:8443", "/gw/kp"), PublicOrigin.Base.of("https://[::1]:8443/gw/kp?x#y"));
    }

    @Test
    void a_configured_base_url_must_be_absolute() {
        assertThrows(IllegalArgumentException.class, () -> new PublicOrigin(Optional.of("kp.county.gov.cn"), Set.of()));
    }
}
