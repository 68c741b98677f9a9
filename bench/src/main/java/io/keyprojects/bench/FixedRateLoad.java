package io.keyprojects.bench;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A fixed-rate (open-loop) HTTP load generator: request i is due at start + i/rate, whether or not earlier
 * requests have answered, and its latency is measured from that due time, not from when it was sent, so a
 * stalled server shows up in the percentiles instead of quietly lowering the load (no coordinated omission,
 * the wrk2 way). Latencies go into an HdrHistogram (µs, 3 significant digits).
 *
 * <p>Modes: {@code get} reads {@code GET /api/projects/{id}} over random ids; {@code path} reads one path
 * ({@code --path}, e.g. the dashboard) with a random unit's token; {@code write} reports
 * progress for the projects in turn ({@code POST /api/projects/{id}/progress}, or, while that endpoint does
 * not exist, {@code PATCH /api/projects/{id}} with {@code progressPercent} and If-Match). With
 * {@code kafka} set, a consumer on {@code projects.events} measures the event path: from the write's answer
 * to its event arriving on the topic, on this JVM's one clock.
 */
final class FixedRateLoad {
    private static final Pattern SUBJECT = Pattern.compile("\"subject\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"(?:projectVersion|version)\"\\s*:\\s*(\\d+)");
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");
    /** The envelope's id: CloudEvents JSON is written id before data, so the first "id" is the event's. */
    private static final Pattern EVENT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final String name;
    private final URI target;
    private final String mode;
    private final String path;
    private final double rate;
    private final long warmupNanos;
    private final long durationNanos;
    private final int connections;
    private final List<String[]> projects = new ArrayList<>(); // id, lead unit
    private final Map<String, String> tokenByUnit = new HashMap<>();
    private final List<String> tokens = new ArrayList<>();
    private final String kafka;
    private String writeKind;
    /** A reason sent with every progress report: on projects with figures of their own (make up's demo), a report below them needs one. */
    private final String reason;
    private final Path versionsFile; // the projects' versions as the last write run left them (If-Match)

    // touched on the single event loop only
    private Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, Integer> writesPerProject = new HashMap<>();
    private final java.util.Set<String> inFlight = new java.util.HashSet<>(); // projects with a write unanswered
    private long sent;
    private long completed;
    private long failures;
    private String lastError;
    private int nextProject;
    private boolean measuring;

    // event path: written by the event loop and the consumer thread
    private final ConcurrentHistogram eventPath = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
    private final ConcurrentHashMap<String, Long> acceptedAt = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> arrivedAt = new ConcurrentHashMap<>();
    private volatile long eventsAccepted;
    // to assessment-service's event store: the write's answer (wall clock) and its event's id, joined by key
    private final String assessmentJdbc;
    private final long wallBaseMicros = java.time.Instant.now().toEpochMilli() * 1000;
    private final long nanoBase = System.nanoTime();
    /** Each measured write's event id → when the write was answered (wall clock, µs), paired as the topic path pairs them. */
    private final ConcurrentHashMap<String, Long> answeredByEventId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> arrivedEventId = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong eventsMatched = new java.util.concurrent.atomic.AtomicLong();

    FixedRateLoad(Map<String, String> o) throws Exception {
        name = o.get("name");
        target = URI.create(o.get("target"));
        mode = o.getOrDefault("mode", "get");
        path = o.getOrDefault("path", "/api/dashboard");
        rate = Double.parseDouble(o.get("rate"));
        warmupNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(o.getOrDefault("warmup", "0")));
        durationNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(o.getOrDefault("duration", "30")));
        connections = Integer.parseInt(o.getOrDefault("connections", "64"));
        kafka = o.get("kafka");
        assessmentJdbc = o.get("assessment-jdbc");
        writeKind = o.getOrDefault("write", "auto");
        reason = o.get("reason");
        versionsFile = o.containsKey("versions") ? Path.of(o.get("versions")) : null;
        if (versionsFile != null && Files.exists(versionsFile)) {
            for (String line : Files.readAllLines(versionsFile)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 3) {
                    long version = Long.parseLong(parts[1]);
                    if (version >= 0) { // -1: the write's answer carried no version (POST …/progress)
                        versions.put(parts[0], version);
                    }
                    writesPerProject.put(parts[0], Integer.parseInt(parts[2]));
                }
            }
        }
        for (String line : Files.readAllLines(Path.of(o.get("ids")))) {
            if (!line.isBlank()) {
                projects.add(line.trim().split(" "));
            }
        }
        Collections.shuffle(projects, new java.util.Random(42));
        for (String line : Files.readAllLines(Path.of(o.get("tokens")))) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                tokenByUnit.put(parts[0], parts[1]);
                tokens.add(parts[1]);
            }
        }
        if (projects.isEmpty() || tokens.isEmpty()) {
            throw new IllegalArgumentException("no project ids or no tokens");
        }
    }

    static void run(Map<String, String> o, Results results) throws Exception {
        new FixedRateLoad(o).execute(results);
    }

    private record Reply(int status, MultiMap headers, String body) {
    }

    private void execute(Results results) throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                        .setDefaultHost(target.getHost()).setDefaultPort(target.getPort())
                        .setKeepAlive(true).setConnectTimeout(5000).setIdleTimeout(0),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
        EventObserver observer = null;
        try {
            if (mode.equals("write")) {
                writeKind = chooseWriteKind(client);
                System.out.printf("%s: writes by %s%n", name, writeKind.equals("progress")
                        ? "POST /api/projects/{id}/progress" : "PATCH /api/projects/{id} (progressPercent, If-Match): the progress endpoint is absent");
                if (kafka != null) {
                    observer = new EventObserver();
                    observer.start();
                }
            }
            if (warmupNanos > 0) {
                phase(vertx, client, warmupNanos, false);
            }
            long measured = phase(vertx, client, durationNanos, true);
            if (observer != null) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15); // let late events arrive
                while (eventsMatched.get() < eventsAccepted && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                observer.stop();
            }
            report(results, measured);
            if (versionsFile != null && mode.equals("write")) {
                StringBuilder out = new StringBuilder();
                writesPerProject.forEach((id, n) -> out.append(id).append(' ').append(versions.getOrDefault(id, -1L)).append(' ')
                        .append(n).append('\n'));
                Files.writeString(versionsFile, out);
            }
        } finally {
            client.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** Sends at the fixed rate for {@code length}; returns the measured wall time in nanoseconds. */
    private long phase(Vertx vertx, HttpClient client, long length, boolean measure) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        long[] startedAt = new long[1];
        vertx.runOnContext(v -> {
            measuring = measure;
            latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
            statuses.clear();
            sent = completed = failures = 0;
            acceptedAt.clear();
            answeredByEventId.clear(); // the warm-up's writes are not measured on either path
            arrivedEventId.clear();
            eventsAccepted = 0;
            eventsMatched.set(0);
            eventPath.reset();
            long start = System.nanoTime();
            startedAt[0] = start;
            double interval = 1e9 / rate;
            long total = (long) Math.floor(length / interval);
            long[] issued = {0};
            vertx.setPeriodic(1, timer -> {
                long now = System.nanoTime();
                // every request due by now goes out, late ones too: their latency counts from the due time
                while (issued[0] < total && start + (long) (issued[0] * interval) <= now) {
                    send(client, start + (long) (issued[0] * interval));
                    issued[0]++;
                }
                if (issued[0] >= total) {
                    vertx.cancelTimer(timer);
                    long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    vertx.setPeriodic(20, drain -> {
                        if (completed >= sent || System.nanoTime() > drainDeadline) {
                            vertx.cancelTimer(drain);
                            if (completed < sent) { // never answered: counted as failures at the deadline
                                long missing = sent - completed;
                                failures += missing;
                                statuses.merge(0, (int) missing, Integer::sum);
                                latency.recordValue(TimeUnit.SECONDS.toMicros(30));
                            }
                            if (finished.compareAndSet(false, true)) {
                                done.countDown();
                            }
                        }
                    });
                }
            });
        });
        done.await();
        long elapsed = System.nanoTime() - startedAt[0];
        System.out.printf("%s: %s %d requests at %.0f/s, %d answered, %d failed%n", name, measure ? "measured" : "warm-up",
                sent, rate, completed, failures);
        return elapsed;
    }

    private void send(HttpClient client, long due) {
        sent++;
        RequestOptions request = new RequestOptions().setTimeout(30_000);
        String body = null;
        String project;
        if (mode.equals("path")) {
            project = path;
            request.setMethod(HttpMethod.GET).setURI(path)
                    .putHeader("Authorization", "Bearer " + tokens.get(ThreadLocalRandom.current().nextInt(tokens.size())));
        } else if (mode.equals("get")) {
            String[] p = projects.get(ThreadLocalRandom.current().nextInt(projects.size()));
            project = p[0];
            request.setMethod(HttpMethod.GET).setURI("/api/projects/" + project)
                    .putHeader("Authorization", "Bearer " + tokens.get(ThreadLocalRandom.current().nextInt(tokens.size())));
        } else {
            // in turn, skipping projects whose last write is unanswered: its ETag is not known yet
            String[] p = projects.get(nextProject++ % projects.size());
            for (int tries = 0; inFlight.contains(p[0]) && tries < projects.size(); tries++) {
                p = projects.get(nextProject++ % projects.size());
            }
            project = p[0];
            inFlight.add(project);
            int n = writesPerProject.merge(project, 1, Integer::sum);
            request.putHeader("Authorization", "Bearer " + tokenByUnit.getOrDefault(p[1], tokens.get(0)))
                    .putHeader("Content-Type", "application/json");
            if (writeKind.equals("progress")) {
                request.setMethod(HttpMethod.POST).setURI("/api/projects/" + project + "/progress");
                body = progressBody(n);
            } else {
                request.setMethod(HttpMethod.PATCH).setURI("/api/projects/" + project)
                        .putHeader("If-Match", "\"" + versions.getOrDefault(project, 0L) + "\"");
                body = "{\"progressPercent\":" + percent(n) + "}";
            }
        }
        String payload = body;
        String subject = project;
        Future<Reply> reply = client.request(request).compose(r -> (payload == null ? r.send() : r.send(Buffer.buffer(payload)))
                .compose(resp -> resp.body().map(b -> new Reply(resp.statusCode(), resp.headers(), b.toString()))));
        reply.onComplete(ar -> {
            long now = System.nanoTime();
            completed++;
            inFlight.remove(subject);
            latency.recordValue(Math.max(1, (now - due) / 1000));
            if (ar.failed()) {
                failures++;
                statuses.merge(0, 1, Integer::sum);
                lastError = String.valueOf(ar.cause());
                return;
            }
            Reply r = ar.result();
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() / 100 != 2) {
                failures++;
                lastError = r.status() + " " + (r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
                if (r.status() == 412) {
                    versions.remove(subject); // read again next time round
                    refreshVersion(client, subject);
                }
                return;
            }
            if (mode.equals("write")) {
                String etag = r.headers().get("ETag");
                if (etag != null) {
                    try {
                        versions.put(subject, Long.parseLong(etag.replace("W/", "").replace("\"", "")));
                    } catch (NumberFormatException ignored) {
                        // not a version of ours
                    }
                }
                accepted(subject, versions.get(subject), due, now);
            }
        });
    }

    private void refreshVersion(HttpClient client, String project) {
        String[] p = projects.stream().filter(x -> x[0].equals(project)).findFirst().orElseThrow();
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI("/api/projects/" + project)
                        .putHeader("Authorization", "Bearer " + tokenByUnit.getOrDefault(p[1], tokens.get(0))))
                .compose(r -> r.send().map(resp -> resp.getHeader("ETag")))
                .onSuccess(etag -> {
                    if (etag != null) {
                        versions.put(project, Long.parseLong(etag.replace("W/", "").replace("\"", "")));
                    }
                });
    }

    private static String percent(int n) {
        return String.valueOf(Math.min(100.0, n * 0.5));
    }

    private String progressBody(int n) {
        return "{\"period\":\"" + java.time.YearMonth.now() + "\",\"progressPercent\":" + percent(n)
                + ",\"completedInvestment\":\"" + (n * 10) + ".00\",\"narrative\":\"基准测试进度填报 " + n + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    /** Probes POST …/progress once: 404/405 means the endpoint is not there yet and PATCH stands in. */
    private String chooseWriteKind(HttpClient client) throws Exception {
        if (!writeKind.equals("auto")) {
            return writeKind;
        }
        String[] p = projects.get(projects.size() - 1);
        int n = writesPerProject.merge(p[0], 1, Integer::sum); // percent and investment only go up
        Reply r = client.request(new RequestOptions().setMethod(HttpMethod.POST).setURI("/api/projects/" + p[0] + "/progress")
                        .putHeader("Authorization", "Bearer " + tokenByUnit.getOrDefault(p[1], tokens.get(0)))
                        .putHeader("Content-Type", "application/json"))
                .compose(req -> req.send(Buffer.buffer(progressBody(n))))
                .compose(resp -> resp.body().map(b -> new Reply(resp.statusCode(), resp.headers(), b.toString())))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        System.out.printf("%s: probe POST /api/projects/{id}/progress -> %d %s%n", name, r.status(),
                r.body().length() > 200 ? r.body().substring(0, 200) : r.body());
        // only a missing endpoint means PATCH; any other answer is the progress endpoint's and counts as such
        return r.status() == 404 || r.status() == 405 ? "patch" : "progress";
    }

    // ---- event path
    /** A write and its event meet by project id and the project's version after the write (its ETag). */
    private static String key(String project, Long version) {
        return version == null ? project : project + "#" + version;
    }

    private void accepted(String project, Long version, long due, long at) {
        if (kafka == null) {
            return;
        }
        eventsAccepted++;
        String key = key(project, version);
        Long arrived = arrivedAt.remove(key);
        if (arrived != null && arrived >= due) { // the event overtook the HTTP answer
            eventPath.recordValue(1);
            eventsMatched.incrementAndGet();
            String eventId = arrivedEventId.remove(key);
            if (eventId != null) {
                answeredByEventId.put(eventId, wallMicros(at));
            }
        } else {
            acceptedAt.put(key, at);
        }
    }

    private void arrived(String project, Long version, String eventId, long at) {
        String key = key(project, version);
        Long accepted = acceptedAt.remove(key);
        if (accepted == null && version != null) {
            key = project; // the write's answer carried no version
            accepted = acceptedAt.remove(key);
        }
        if (accepted != null) {
            eventPath.recordValue(Math.max(1, (at - accepted) / 1000));
            eventsMatched.incrementAndGet();
            if (eventId != null) {
                answeredByEventId.put(eventId, wallMicros(accepted));
            }
        } else { // the answer is still on its way; it may or may not carry the version
            arrivedAt.put(key(project, version), at);
            arrivedAt.put(project, at);
            if (eventId != null) {
                arrivedEventId.put(key(project, version), eventId);
                arrivedEventId.put(project, eventId);
            }
        }
    }

    private long wallMicros(long nanoTime) {
        return wallBaseMicros + (nanoTime - nanoBase) / 1000;
    }

    private final class EventObserver implements Runnable {
        private final Thread thread = new Thread(this, "event-observer");
        private volatile boolean running = true;
        private final CountDownLatch ready = new CountDownLatch(1);

        void start() throws InterruptedException {
            thread.setDaemon(true);
            thread.start();
            ready.await(30, TimeUnit.SECONDS);
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(5000);
        }

        @Override
        public void run() {
            var props = new java.util.Properties();
            props.put("bootstrap.servers", kafka);
            props.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
            props.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
            props.put("fetch.max.wait.ms", "5");
            props.put("enable.auto.commit", "false");
            try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(props)) {
                var partitions = consumer.partitionsFor("projects.events").stream()
                        .map(i -> new org.apache.kafka.common.TopicPartition(i.topic(), i.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position); // resolve the end now, before any write
                ready.countDown();
                while (running) {
                    for (var record : consumer.poll(Duration.ofMillis(20))) {
                        long now = System.nanoTime();
                        Matcher type = TYPE.matcher(record.value());
                        if (type.find() && (type.group(1).contains("progress-reported") || type.group(1).contains("project-updated"))) {
                            Matcher v = VERSION.matcher(record.value());
                            String project = record.key() != null ? record.key() : subjectOf(record.value());
                            Long version = v.find() ? Long.valueOf(v.group(1)) : null;
                            Matcher id = EVENT_ID.matcher(record.value());
                            arrived(project, version, id.find() ? id.group(1) : null, now);
                        }
                    }
                }
            } catch (Exception e) {
                System.err.println("event observer: " + e);
                ready.countDown();
            }
        }

        private String subjectOf(String value) {
            Matcher m = SUBJECT.matcher(value);
            return m.find() ? m.group(1) : "";
        }
    }

    /**
     * The whole event path: from the write's answer to assessment-service having the event in its event
     * store ({@code consumed_event.received_at}, stamped by PostgreSQL's clock_timestamp() on this machine,
     * so one clock). Waits up to 30 s for the last events to be taken in.
     */
    private void reportToEventStore(Results results, String p) {
        Histogram store = new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Map<String, Long> storedAt = new HashMap<>();
        try (var c = java.sql.DriverManager.getConnection(assessmentJdbc, "postgres", "postgres");
             var st = c.prepareStatement("SELECT event_id, (extract(epoch FROM received_at) * 1000000)::bigint "
                     + "FROM consumed_event WHERE event_id = ANY (?)")) {
            while (storedAt.size() < answeredByEventId.size() && System.nanoTime() < deadline) {
                st.setArray(1, c.createArrayOf("text", answeredByEventId.keySet().toArray()));
                try (var rows = st.executeQuery()) {
                    while (rows.next()) {
                        storedAt.put(rows.getString(1), rows.getLong(2));
                    }
                }
                if (storedAt.size() < answeredByEventId.size()) {
                    Thread.sleep(500);
                }
            }
        } catch (Exception e) {
            System.err.println(name + ": cannot read assessment's event store: " + e);
            return;
        }
        storedAt.forEach((id, at) -> store.recordValue(Math.max(1, at - answeredByEventId.get(id))));
        results.put(p + "store.observed", storedAt.size());
        results.put(p + "store.p50.ms", store.getValueAtPercentile(50) / 1000.0);
        results.put(p + "store.p99.ms", store.getValueAtPercentile(99) / 1000.0);
        results.put(p + "store.max.ms", store.getMaxValue() / 1000.0);
        System.out.printf("%s: event path (write answered -> in assessment-service's event store): %d of %d, p50 %.1f ms p99 %.1f ms max %.1f ms%n",
                name, storedAt.size(), answeredByEventId.size(), store.getValueAtPercentile(50) / 1000.0,
                store.getValueAtPercentile(99) / 1000.0, store.getMaxValue() / 1000.0);
    }

    // ---- results
    private void report(Results results, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        String p = name + ".";
        results.put(p + "rate", rate);
        results.put(p + "requests", sent);
        results.put(p + "rps", completed / seconds);
        results.put(p + "ok.rps", (completed - failures) / seconds);
        results.put(p + "errors", failures);
        results.put(p + "p50.ms", latency.getValueAtPercentile(50) / 1000.0);
        results.put(p + "p99.ms", latency.getValueAtPercentile(99) / 1000.0);
        results.put(p + "p999.ms", latency.getValueAtPercentile(99.9) / 1000.0);
        results.put(p + "max.ms", latency.getMaxValue() / 1000.0);
        results.put(p + "statuses", statuses.toString().replace(" ", ""));
        if (mode.equals("write")) {
            results.put(p + "write", writeKind);
        }
        System.out.printf("%s: %.0f req/s answered (%d errors) p50 %.2f ms p99 %.2f ms p99.9 %.2f ms max %.2f ms statuses %s%n",
                name, completed / seconds, failures, latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getValueAtPercentile(99.9) / 1000.0,
                latency.getMaxValue() / 1000.0, statuses);
        if (lastError != null) {
            System.out.println(name + ": last error: " + lastError);
            results.put(p + "last.error", lastError.replace('\n', ' '));
        }
        if (kafka != null && mode.equals("write")) {
            results.put(p + "event.accepted", eventsAccepted);
            results.put(p + "event.observed", eventsMatched.get());
            results.put(p + "event.p50.ms", eventPath.getValueAtPercentile(50) / 1000.0);
            results.put(p + "event.p99.ms", eventPath.getValueAtPercentile(99) / 1000.0);
            results.put(p + "event.max.ms", eventPath.getMaxValue() / 1000.0);
            System.out.printf("%s: event path (write answered -> event on projects.events): %d of %d seen, p50 %.1f ms p99 %.1f ms max %.1f ms%n",
                    name, eventsMatched.get(), eventsAccepted, eventPath.getValueAtPercentile(50) / 1000.0,
                    eventPath.getValueAtPercentile(99) / 1000.0, eventPath.getMaxValue() / 1000.0);
            if (assessmentJdbc != null) {
                reportToEventStore(results, p);
            }
        }
    }
}
