package io.keyprojects.gateway.console;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The web console and public site at {@code /}: the console module's jar puts its Vite build under
 * {@code META-INF/resources}, which Quarkus serves as static files. This handler adds what a
 * single-page application needs on top: hashed assets ({@code /assets/*}, named by their content) are
 * cached for a year as immutable; everything else, index.html above all, is revalidated on every use
 * (a new release is seen at once); and a client route such as {@code /projects/42} — a GET for a path
 * without a file extension — is answered with index.html, so the router in the page takes over. The
 * gateway's own paths are never shadowed: a miss under them stays the API's 404 problem.
 */
@ApplicationScoped
public class ConsoleFiles {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final List<String> NOT_THE_CONSOLE = List.of("/api", "/public", "/auth", "/q", "/openapi.json");
    private final Buffer index = load("META-INF/resources/index.html");

    void install(@Observes Router router) {
        // after GatewayEntrance (order -100: request id, limits, rate limit), before the static files
        router.route().order(-90).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String path = ctx.normalizedPath();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || isGatewayPath(path)) {
            ctx.next();
            return;
        }
        if (path.startsWith("/assets/")) {
            cacheHeader(ctx, IMMUTABLE);
            ctx.next();
        } else if (lastSegment(path).contains(".")) {
            cacheHeader(ctx, REVALIDATE); // index.html, favicon: not named by content
            ctx.next();
        } else if (index != null) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
            if (method == HttpMethod.HEAD) {
                ctx.response().putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(index.length())).end();
            } else {
                ctx.response().end(index);
            }
        } else {
            ctx.next(); // a gateway built without the console
        }
    }

    static boolean isGatewayPath(String path) {
        return NOT_THE_CONSOLE.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static void cacheHeader(RoutingContext ctx, String value) {
        ctx.addHeadersEndHandler(ignored -> {
            if (ctx.response().getStatusCode() == 200 || ctx.response().getStatusCode() == 304) {
                ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, value);
            }
        });
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Buffer load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
