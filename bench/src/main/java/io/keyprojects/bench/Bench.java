package io.keyprojects.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps bench/run.sh drives, one per command, each adding its figures to the run's results file:
 * {@code tokens}, {@code load-sql}, {@code load} (fixed-rate HTTP), {@code flood} (province-scale events),
 * {@code recompute}, {@code live}, {@code webhooks} (bench/webhooks.sh), {@code load-events} and {@code token} (bench/snapshot-restart.sh),
 * {@code report}. Options are {@code --name value} pairs.
 */
public final class Bench {
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern PROCESSED = Pattern.compile("\"processed\"\\s*:\\s*(\\d+)");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Results results = new Results(Path.of(o.getOrDefault("results", "results.properties")));
        switch (args[0]) {
            case "tokens" -> tokens(o);
            case "load-sql" -> SqlLoad.run(o, results);
            case "load" -> FixedRateLoad.run(o, results);
            case "flood" -> EventFlood.run(o, results);
            case "load-events" -> EventStoreLoad.run(o, results);
            case "token" -> DevTokens.write(o);
            case "recompute" -> recompute(o, results);
            case "live" -> LiveRanking.run(o, results);
            case "live-restart" -> LiveRanking.afterRestart(o, results);
            case "webhooks" -> WebhookBench.run(o, results);
            case "report" -> Report.write(o, results);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        System.exit(0); // Kafka and Vert.x leave non-daemon threads behind
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String mint(String gateway, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("POST /auth/token " + body + " -> " + r.statusCode() + " " + r.body()
                    + " (the gateway mints tokens only with GATEWAY_DEV_TOKENS=true)");
        }
        return m.group(1);
    }

    /** A department token per unit (each unit is a client of its own) and a commander token. */
    private static void tokens(Map<String, String> o) throws Exception {
        String gateway = o.get("gateway");
        int units = Integer.parseInt(o.get("units"));
        StringBuilder out = new StringBuilder();
        for (int u = 1; u <= units; u++) {
            String code = Dataset.unitCode(u);
            out.append(code).append(' ').append(mint(gateway, "{\"role\":\"department\",\"unit\":\"" + code + "\"}")).append('\n');
        }
        Files.writeString(Path.of(o.get("out")), out);
        Files.writeString(Path.of(o.get("commander")), mint(gateway, "{\"role\":\"commander\"}") + "\n");
        System.out.println("tokens: " + units + " department tokens and a commander token minted by the gateway");
    }

    /** POST /api/assessments/recompute?period&asOf through the gateway, then follows the job to its end. */
    private static void recompute(Map<String, String> o, Results results) throws Exception {
        String gateway = o.get("gateway");
        String token = Files.readString(Path.of(o.get("commander"))).trim();
        String asOf = Instant.now().minusSeconds(1).toString();
        long started = System.nanoTime();
        RssSampler rss = new RssSampler(o.get("pid"));
        rss.start();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/assessments/recompute?period="
                        + Dataset.YEAR + "&asOf=" + asOf)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 404 || r.statusCode() == 405) {
            rss.stop();
            System.out.println("recompute: POST /api/assessments/recompute -> " + r.statusCode() + ": not there yet");
            results.put("recompute.status", "absent (" + r.statusCode() + ")");
            return;
        }
        if (r.statusCode() / 100 != 2) {
            rss.stop();
            System.out.println("recompute: -> " + r.statusCode() + " " + r.body());
            results.put("recompute.status", "failed to start: " + r.statusCode());
            return;
        }
        String location = r.headers().firstValue("Location").orElse(null);
        String body = r.body();
        long timeout = Long.parseLong(o.getOrDefault("timeout", "600")) * 1_000_000_000L;
        while (location != null && statusOf(body).equals("RUNNING") && System.nanoTime() - started < timeout) {
            Thread.sleep(200);
            URI uri = URI.create(location).isAbsolute() ? URI.create(location) : URI.create(gateway + location);
            body = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        rss.stop();
        double seconds = (System.nanoTime() - started) / 1e9;
        Matcher processed = PROCESSED.matcher(body);
        long events = processed.find() ? Long.parseLong(processed.group(1)) : 0;
        String status = statusOf(body);
        System.out.printf("recompute: %s, %d events replayed in %.1f s (%.0f events/s), assessment peak RSS %d MB%n",
                status, events, seconds, events / seconds, rss.peakMb());
        results.put("recompute.status", status);
        results.put("recompute.events", events);
        results.put("recompute.seconds", seconds);
        results.put("recompute.eps", events / seconds);
        results.put("recompute.peak.rss.mb", rss.peakMb());
    }

    private static String statusOf(String body) {
        Matcher m = STATUS.matcher(body);
        return m.find() ? m.group(1) : "?";
    }
}
