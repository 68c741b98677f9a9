package io.keyprojects.gateway.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console at "/": hashed assets cached for good, index.html revalidated, client routes, and no shadowing. */
@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class ConsoleFilesTest {

    @Test
    void the_console_is_served_at_the_root_and_revalidated_on_every_use() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache").body(containsString("<div id=\"app\">"));
        given().get("/index.html").then().statusCode(200).header("Cache-Control", "no-cache");
    }

    @Test
    void a_client_route_is_answered_with_the_console_so_the_page_router_takes_over() {
        String index = given().get("/").asString();
        for (String route : new String[] {"/projects/3dcce19b-5f73-45ea-b797-19476080017f", "/blockers", "/units/ZJJ/work", "/site"}) {
            given().get(route).then().statusCode(200).header("Cache-Control", "no-cache").body(equalTo(index));
        }
        given().head("/assessment").then().statusCode(200);
    }

    @Test
    void hashed_assets_are_immutable_for_a_year() {
        String index = given().get("/").asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertTrue(script.find(), "index.html names its entry script");
        given().get(script.group(1)).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/assets/no-such-chunk-0000.js").then().statusCode(404)
                .header("Cache-Control", not(containsString("immutable")));
    }

    @Test
    void the_gateway_paths_are_never_shadowed_by_the_console() {
        given().get("/api/projects").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/no-such-route").then().contentType("application/problem+json");
        given().get("/public/projects").then().statusCode(200).contentType(containsString("json"));
        given().get("/public/no-such-page").then().statusCode(404).body(not(containsString("<div id=\"app\">")));
        given().get("/openapi.json").then().statusCode(200).contentType(containsString("json"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/auth/token").then().statusCode(not(equalTo(200)));
    }
}
