package io.keyprojects.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The live ranking ({@code GET /api/assessments}, what the portal's dashboard shows) at province scale, straight
 * at assessment-service: the first call after the flood (the whole log replayed), a second with nothing new
 * (the facts reused), and one after one more event arrived (only that event applied to a copy of the facts); then, after
 * a restart of the service, the first call again (the facts resumed from their snapshot).
 */
final class LiveRanking {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LiveRanking() {
    }

    static void run(Map<String, String> o, Results results) throws Exception {
        String token = Files.readString(Path.of(o.get("commander"))).trim();
        URI ranking = URI.create(o.get("assessment") + "/api/assessments?period=" + Dataset.YEAR);
        double cold = timed(ranking, token);
        double unchanged = timed(ranking, token);
        long before = EventFlood.consumedSoFar(o);
        oneMoreEvent(o.get("kafka"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (EventFlood.consumedSoFar(o) <= before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        double afterOne = timed(ranking, token);
        System.out.printf("live ranking: %.2f s first (replay), %.2f s with nothing new, %.2f s after one more event%n",
                cold, unchanged, afterOne);
        results.put("live.cold.s", cold);
        results.put("live.unchanged.s", unchanged);
        results.put("live.after.one.s", afterOne);
    }

    /**
     * The live ranking just after assessment-service restarted (ready): the first call waits for the facts to be resumed
     * from the snapshot written at shutdown and the events after it, the second finds them.
     */
    static void afterRestart(Map<String, String> o, Results results) throws Exception {
        String token = Files.readString(Path.of(o.get("commander"))).trim();
        URI ranking = URI.create(o.get("assessment") + "/api/assessments?period=" + Dataset.YEAR);
        double first = timed(ranking, token);
        double second = timed(ranking, token);
        System.out.printf("live ranking after a restart: %.2f s first (snapshot and the events after it), %.2f s again%n", first, second);
        results.put("live.restart.first.s", first);
        results.put("live.restart.second.s", second);
    }

    private static double timed(URI uri, String token) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " -> " + r.statusCode() + " " + r.body());
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** A unit registered: harmless to the figures, and a new row in assessment-service's event store. */
    private static void oneMoreEvent(String bootstrap) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        props.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        props.put("acks", "all");
        String code = "LV" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/projects-service\","
                + "\"type\":\"county.projects.unit-registered.v1\",\"subject\":\"" + code + "\",\"time\":\"" + Instant.now()
                + "\",\"datacontenttype\":\"application/json\",\"data\":{\"code\":\"" + code + "\",\"name\":\"基准单位\",\"kind\":\"BUREAU\"}}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>("projects.events", code, event)).get();
        }
    }
}
