package io.keyprojects.gateway.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
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
    void the_console_files_go_out_gzipped_to_a_browser_that_accepts_it() {
        String index = given().get("/").asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertTrue(script.find(), "index.html names its entry script");
        String plain = given().config(identity()).get(script.group(1)).then().statusCode(200)
                .header("Content-Encoding", nullValue()).extract().asString();
        byte[] wire = given().config(identity()).header("Accept-Encoding", "gzip").get(script.group(1)).then().statusCode(200)
                .header("Content-Encoding", "gzip").header("Cache-Control", "public, max-age=31536000, immutable")
                .extract().asByteArray();
        assertTrue(wire.length < plain.length() / 2, "gzip shrinks the script: " + wire.length + " of " + plain.length() + " bytes");
        assertEquals(plain, gunzip(wire));
        given().config(identity()).header("Accept-Encoding", "gzip").get("/projects/42").then().statusCode(200)
                .header("Content-Encoding", "gzip");
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

    /** RestAssured that neither asks for nor decodes compression: the bytes as they travelled. */
    private static RestAssuredConfig identity() {
        return RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
    }

    private static String gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
