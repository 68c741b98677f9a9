package io.keyprojects.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.HdrHistogram.ConcurrentHistogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * notifications-service's webhook path, end to end: a unit's endpoint is a receiver in this JVM (it verifies every
 * signature with HMAC code of its own); events go onto {@code issues.events} as issues-service's relay writes them.
 * Two figures: the event → delivery latency at a fixed rate (open loop: event i is due at start + i / rate and its
 * latency runs from then to its arrival at the receiver), and deliveries per second for a burst of events put on the
 * topic at once (first event sent → last delivery received). Duplicates and missing deliveries are counted.
 */
final class WebhookBench {
    private static final Pattern FIELD = Pattern.compile("\"(id|secret)\"\\s*:\\s*\"([^\"]+)\"");
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger unverified = new AtomicInteger();
    private final AtomicLong lastArrival = new AtomicLong();
    private volatile byte[] key;

    private WebhookBench() {
    }

    static void run(Map<String, String> o, Results results) throws Exception {
        new WebhookBench().go(o, results);
    }

    private void go(Map<String, String> o, Results results) throws Exception {
        String service = o.get("service");
        int rate = Integer.parseInt(o.getOrDefault("rate", "100"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        int duration = Integer.parseInt(o.getOrDefault("duration", "30"));
        int burst = Integer.parseInt(o.getOrDefault("burst", "5000"));
        String unit = "BENCH";

        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", exchange -> {
            long now = System.nanoTime();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            if (!verifies(id, ts, body, exchange.getRequestHeaders().getFirst("webhook-signature"))) {
                unverified.incrementAndGet();
            }
            if (arrivedAt.putIfAbsent(id, now) != null) {
                duplicates.incrementAndGet();
            }
            lastArrival.accumulateAndGet(now, Math::max);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";

        String token = DevTokens.sign(Path.of(o.get("keys"), "jwt-private.pem"), o.getOrDefault("issuer", DevTokens.ISSUER), "department", unit);
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service + "/api/webhooks"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\",\"description\":\"bench receiver\","
                        + "\"eventTypes\":[\"county.issues.issue-escalated.v1\"],\"scope\":\"UNIT\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("POST /api/webhooks -> " + created.statusCode() + " " + created.body());
        }
        Matcher m = FIELD.matcher(created.body());
        while (m.find()) {
            if (m.group(1).equals("secret")) {
                key = Base64.getDecoder().decode(m.group(2).substring("whsec_".length()));
            }
        }

        Properties props = new Properties();
        props.put("bootstrap.servers", o.get("kafka"));
        props.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        props.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        props.put("linger.ms", "1");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            // 1. fixed rate: warm-up, then the measured run
            System.out.printf("webhooks: %d events/s, %d s warm-up then %d s measured%n", rate, warmup, duration);
            fixedRate(producer, unit, rate, warmup);
            awaitAll(120);
            sentAt.clear();
            arrivedAt.clear();
            long measured = fixedRate(producer, unit, rate, duration);
            boolean complete = awaitAll(120);
            ConcurrentHistogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
            sentAt.forEach((id, sent) -> {
                Long arrived = arrivedAt.get(id);
                if (arrived != null) {
                    latency.recordValue(Math.max(0, (arrived - sent) / 1000));
                }
            });
            int missing = (int) sentAt.keySet().stream().filter(id -> !arrivedAt.containsKey(id)).count();
            results.put("webhooks.rate", rate);
            results.put("webhooks.rate.events", measured);
            results.put("webhooks.latency.p50.ms", latency.getValueAtPercentile(50) / 1000.0);
            results.put("webhooks.latency.p99.ms", latency.getValueAtPercentile(99) / 1000.0);
            results.put("webhooks.latency.p999.ms", latency.getValueAtPercentile(99.9) / 1000.0);
            results.put("webhooks.latency.max.ms", latency.getMaxValue() / 1000.0);
            results.put("webhooks.rate.missing", missing + (complete ? "" : " (not all arrived within 120 s)"));
            System.out.printf("webhooks: event → delivery at %d/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms; missing %d%n", rate,
                    latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, missing);

            // 2. a burst: every event on the topic at once; deliveries per second until the last one arrived
            sentAt.clear();
            arrivedAt.clear();
            System.out.printf("webhooks: a burst of %d events%n", burst);
            long start = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                send(producer, unit);
            }
            producer.flush();
            boolean all = awaitAll(600);
            double seconds = (lastArrival.get() - start) / 1e9;
            results.put("webhooks.burst.events", burst);
            results.put("webhooks.burst.delivered", arrivedAt.size());
            results.put("webhooks.burst.seconds", seconds);
            results.put("webhooks.burst.per.second", arrivedAt.size() / seconds);
            System.out.printf("webhooks: %d of %d delivered in %.1f s: %.0f deliveries/s%s%n", arrivedAt.size(), burst, seconds,
                    arrivedAt.size() / seconds, all ? "" : " (not all within 600 s)");
        }
        results.put("webhooks.duplicates", duplicates.get());
        results.put("webhooks.unverified", unverified.get());
        System.out.printf("webhooks: duplicates %d, signatures that did not verify %d%n", duplicates.get(), unverified.get());
        receiver.stop(0);
    }

    /** Sends rate × seconds events, each when due; the latency clock of an event starts at its due time. */
    private long fixedRate(KafkaProducer<String, String> producer, String unit, int rate, int seconds) throws InterruptedException {
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String id = UUID.randomUUID().toString();
            sentAt.put(id, due);
            producer.send(record(id, unit));
        }
        producer.flush();
        return total;
    }

    private void send(KafkaProducer<String, String> producer, String unit) {
        String id = UUID.randomUUID().toString();
        sentAt.put(id, System.nanoTime());
        producer.send(record(id, unit));
    }

    private static ProducerRecord<String, String> record(String id, String unit) {
        String issue = UUID.randomUUID().toString();
        String type = "county.issues.issue-escalated.v1";
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/issues-service\",\"type\":\"" + type
                + "\",\"subject\":\"" + issue + "\",\"time\":\"" + Instant.now() + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"id\":\"" + issue + "\",\"projectId\":\"" + UUID.randomUUID() + "\",\"responsibleUnit\":\"" + unit
                + "\",\"from\":\"OPEN\",\"dueDate\":\"2026-07-01\",\"automatic\":true,\"escalatedBy\":\"sla\",\"reason\":\"基准测试\"}}";
        ProducerRecord<String, String> record = new ProducerRecord<>("issues.events", issue, event);
        record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private boolean awaitAll(int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (sentAt.keySet().stream().allMatch(arrivedAt::containsKey)) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return false;
    }

    /** Standard Webhooks: one of the {@code v1,} signatures is HMAC-SHA256 of id.timestamp.body under the secret. */
    private boolean verifies(String id, String timestamp, byte[] body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            for (String part : header.split(" ")) {
                if (part.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(part.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
