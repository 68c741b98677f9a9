package io.keyprojects.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * The province's events for the generated dataset, as the services' outbox relays publish them (CloudEvents envelopes,
 * key = subject): every unit and project registered, 60% of projects started and 10% completed, 2% blockers on
 * issues.events, the rest progress reports spread over the year. One stream for both ways of loading it: onto Kafka
 * ({@link EventFlood}) and straight into assessment-service's event store ({@link EventStoreLoad}).
 */
final class ProvinceEvents {
    private ProvinceEvents() {
    }

    /** Takes one event: its topic, id, type, subject, time and the whole envelope (JSON). */
    interface Sink {
        void accept(String topic, String id, String type, String subject, Instant time, String envelope) throws Exception;
    }

    /** Told every 100,000 events generated. */
    interface Progress {
        void reached(long events);
    }

    /**
     * Generates the stream's first {@code total} events and hands those from the {@code skip}-th on to {@code sink} (the same
     * stream every time: a later call with {@code skip} = what an earlier one gave continues it); returns how many it handed.
     */
    static long generate(Dataset data, long total, long skip, Sink sink, Progress progress) throws Exception {
        int projectCount = data.projects().size();
        Random random = new Random(7);
        long[] version = new long[projectCount];
        int[] percent = new int[projectCount];
        Instant from = Instant.parse(Dataset.YEAR + "-01-02T00:00:00Z");
        Instant to = Instant.now().minusSeconds(3600);
        long span = Duration.between(from, to).toSeconds();
        Emitter out = new Emitter(sink, skip);
        long sent = 0;
        for (Dataset.Unit u : data.units()) {
            out.emit("projects.events", "county.projects.unit-registered.v1", "/projects-service", u.code(),
                    at(from, span, sent, total), "{\"code\":\"" + u.code() + "\",\"name\":\"" + u.name() + "\",\"kind\":\"" + u.kind() + "\"}");
            sent++;
        }
        for (Dataset.Project p : data.projects()) {
            out.emit("projects.events", "county.projects.project-registered.v1", "/projects-service", p.id().toString(),
                    at(from, span, sent, total), registered(p));
            sent++;
        }
        int startedCount = projectCount * 6 / 10;
        for (int i = 0; i < startedCount && sent < total; i++) {
            out.emit("projects.events", "county.projects.project-phase-changed.v1", "/projects-service",
                    data.projects().get(i).id().toString(), at(from, span, sent, total),
                    phaseChanged(data.projects().get(i), "PREPARATION", "UNDER_CONSTRUCTION", ++version[i]));
            sent++;
        }
        for (int i = 0; i < projectCount / 10 && sent < total; i++) {
            out.emit("projects.events", "county.projects.project-phase-changed.v1", "/projects-service",
                    data.projects().get(i).id().toString(), at(from, span, sent, total),
                    phaseChanged(data.projects().get(i), "UNDER_CONSTRUCTION", "COMPLETED", ++version[i]));
            sent++;
        }
        while (sent < total) {
            int i = random.nextInt(projectCount);
            Dataset.Project p = data.projects().get(i);
            Instant time = at(from, span, sent, total);
            if (random.nextInt(50) == 0) {
                UUID issue = UUID.nameUUIDFromBytes(("bench-issue-" + sent).getBytes(StandardCharsets.UTF_8));
                out.emit("issues.events", "county.issues.issue-reported.v1", "/issues-service", issue.toString(), time,
                        "{\"id\":\"" + issue + "\",\"projectId\":\"" + p.id() + "\",\"category\":\"DEMOLITION\",\"severity\":\"HIGH\","
                                + "\"title\":\"拆迁安置未完成\",\"responsibleUnit\":\"" + p.leadUnit() + "\",\"dueDate\":\""
                                + time.toString().substring(0, 10) + "\",\"status\":\"OPEN\",\"reportedBy\":\"bench\"}");
            } else {
                int before = percent[i];
                percent[i] = Math.min(100, before + 1);
                version[i]++;
                out.emit("projects.events", "county.projects.progress-reported.v1", "/projects-service", p.id().toString(), time,
                        "{\"id\":\"" + UUID.nameUUIDFromBytes(("bench-progress-" + sent).getBytes(StandardCharsets.UTF_8))
                                + "\",\"projectId\":\"" + p.id() + "\",\"projectCode\":\"" + p.code() + "\",\"leadUnit\":\"" + p.leadUnit()
                                + "\",\"period\":\"" + time.toString().substring(0, 7) + "\",\"progressPercent\":" + percent[i]
                                + ",\"previousPercent\":" + before + ",\"completedInvestment\":\"" + (percent[i] * 10) + ".00\""
                                + ",\"previousCompletedInvestment\":\"" + (before * 10) + ".00\",\"narrative\":\"基准进度\","
                                + "\"projectVersion\":" + version[i] + ",\"reportedAt\":\"" + time + "\",\"reportedBy\":\"bench\"}");
            }
            sent++;
            if (sent % 100_000 == 0) {
                progress.reached(sent);
            }
        }
        return out.handed;
    }

    /** Wraps each event's data in its envelope and hands it on, once the first {@code skip} are passed over. */
    private static final class Emitter {
        private final Sink sink;
        private final long skip;
        private long seen;
        private long handed;

        Emitter(Sink sink, long skip) {
            this.sink = sink;
            this.skip = skip;
        }

        void emit(String topic, String type, String source, String subject, Instant time, String data) throws Exception {
            if (seen++ < skip) {
                return;
            }
            String id = UUID.randomUUID().toString();
            sink.accept(topic, id, type, subject, time, "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source
                    + "\",\"type\":\"" + type + "\",\"subject\":\"" + subject + "\",\"time\":\"" + time
                    + "\",\"datacontenttype\":\"application/json\",\"data\":" + data + "}");
            handed++;
        }
    }

    private static Instant at(Instant from, long span, long i, long total) {
        return from.plusSeconds(span * i / Math.max(1, total));
    }

    private static String registered(Dataset.Project p) {
        return "{\"id\":\"" + p.id() + "\",\"code\":\"" + p.code() + "\",\"name\":\"" + p.name() + "\",\"category\":\"" + p.category()
                + "\",\"year\":" + Dataset.YEAR + ",\"leadUnit\":\"" + p.leadUnit() + "\",\"leadOfficial\":\"基准\",\"cooperatingUnits\":[],"
                + "\"township\":\"" + p.township() + "\",\"plannedInvestment\":\"" + p.plannedInvestment() + "\",\"annualPlannedInvestment\":\""
                + p.annualPlannedInvestment() + "\",\"plannedStart\":\"" + p.plannedStart() + "\",\"plannedEnd\":\"" + p.plannedEnd()
                + "\",\"phase\":\"PREPARATION\",\"progressPercent\":0,\"version\":0,\"registeredBy\":\"bench\"}";
    }

    private static String phaseChanged(Dataset.Project p, String from, String to, long version) {
        String start = p.plannedStart().toString();
        return "{\"id\":\"" + p.id() + "\",\"code\":\"" + p.code() + "\",\"leadUnit\":\"" + p.leadUnit() + "\",\"from\":\"" + from
                + "\",\"to\":\"" + to + "\",\"actualStart\":\"" + start + "\",\"actualEnd\":"
                + (to.equals("COMPLETED") ? "\"" + Dataset.YEAR + "-10-31\"" : "null") + ",\"progressPercent\":"
                + (to.equals("COMPLETED") ? 100 : 0) + ",\"version\":" + version + ",\"changedBy\":\"bench\",\"reason\":null}";
    }
}
