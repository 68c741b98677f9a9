package io.keyprojects.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The results table (markdown): printed, and written to bench/results/<date>.md. */
final class Report {
    private final Results r;
    private final StringBuilder out = new StringBuilder();

    private Report(Results r) {
        this.r = r;
    }

    static void write(Map<String, String> o, Results results) throws Exception {
        Report report = new Report(results);
        report.compose(o);
        Path file = Path.of(o.get("out"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.out, StandardCharsets.UTF_8);
        System.out.println(report.out);
        System.out.println("written to " + file);
    }

    private void compose(Map<String, String> o) {
        line("# Bench results — " + r.get("machine.date"));
        line("");
        line("| machine | |");
        line("| --- | --- |");
        line("| cores | " + r.get("machine.cores") + " (" + r.get("machine.cpu") + ") |");
        line("| memory | " + r.get("machine.memory") + " |");
        line("| Java | " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ") |");
        line("| PostgreSQL | " + r.get("machine.postgres") + " |");
        line("| mode | " + r.get("run.mode") + ": warm-up " + r.get("run.warmup") + " s, measure " + r.get("run.duration")
                + " s per benchmark; dataset " + r.get("load.units") + " units, " + r.get("load.projects") + " projects, "
                + r.get("run.events") + " province events |");
        line("| load during the run | " + r.get("machine.load") + " |");
        if (r.get("run.note") != null && !r.get("run.note").isBlank()) {
            line("");
            line("> **" + r.get("run.note") + "**");
        }

        line("");
        line("## 1–2. Reads: GET /api/projects/{id} over random ids, and the ceilings");
        line("");
        line("Throughput: `wrk` closed loop, " + r.get("run.wrk") + ", after a warm-up on the same path. "
                + "Latency: the fixed-rate generator at " + r.get("read.rate") + " req/s on every path (open loop, from each "
                + "request's due time: no coordinated omission). Every request carries a JWT (the services verify it too).");
        line("");
        line("| path | max req/s (wrk) | latency at fixed rate: p50 | p99 | p99.9 | max | errors |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        line("| pgbench -S (" + r.get("pgbench.args") + ") | " + f0(r.number("pgbench.tps")) + " TPS | " + ms(r.number("pgbench.latency.ms"))
                + " (mean) | | | | |");
        readRow("direct to projects-service", "direct");
        readRow("nginx → projects-service", "nginx");
        readRow("gateway (JWT) → projects-service", "gateway");
        line("");
        Double direct = r.number("wrk.direct.rps");
        Double nginx = r.number("wrk.nginx.rps");
        Double gateway = r.number("wrk.gateway.rps");
        Double pg = r.number("pgbench.tps");
        line("| ratio | measured | target |");
        line("| --- | ---: | --- |");
        line("| gateway / direct | " + ratio(gateway, direct) + " | — |");
        line("| gateway / nginx | " + ratio(gateway, nginx) + " | ≥ 0.90 " + verdict(gateway, nginx, 0.9) + " |");
        line("| gateway / pgbench -S | " + ratio(gateway, pg) + " | ≥ 0.25 " + verdict(gateway, pg, 0.25) + " |");
        line("| nginx / direct | " + ratio(nginx, direct) + " | — |");
        Double gp50 = r.number("read.gateway.p50.ms");
        Double dp50 = r.number("read.direct.p50.ms");
        String added;
        String addedVerdict;
        if (gp50 == null || dp50 == null) {
            added = "—";
            addedVerdict = "";
        } else if (gp50 < dp50) { // a hop cannot save time: the run was disturbed
            added = "n/a: direct p50 " + ms(dp50) + " > gateway p50 " + ms(gp50) + " (disturbed run)";
            addedVerdict = "?";
        } else {
            added = ms(gp50 - dp50);
            addedVerdict = gp50 - dp50 <= 0.5 ? "✅" : "❌";
        }
        line("| gateway adds at p50 (fixed rate) | " + added + " | ≤ 0.5 ms " + addedVerdict + " |");

        writes();
        province();
        publicReads();
        consoleLoad();

        line("");
        line("## 6. Start-up and idle memory");
        line("");
        line("Each service started alone (the others idle), as `make up` starts it: `java " + r.getOrDefault("run.jvm", "")
                + "` with its AppCDS archive, from its `target/quarkus-app`; ready = "
                + "`/q/health/ready` answers 200, measured from the process start; idle RSS " + r.get("run.idle") + " s after all were ready.");
        line("");
        line("| service | ready in | Quarkus \"started in\" | idle RSS | targets: ready < 1.5 s, idle < 150 MB |");
        line("| --- | ---: | ---: | ---: | --- |");
        for (String service : new String[] {"projects-service", "issues-service", "assessment-service", "gateway"}) {
            Double ready = r.number("startup." + service + ".ready.s");
            Double rss = r.number("startup." + service + ".idle.rss.mb");
            line("| " + service + " | " + s1(ready) + " s | " + r.getOrDefault("startup." + service + ".quarkus.s", "?") + " s | "
                    + f0(rss) + " MB | " + (ready == null ? "" : ready < 1.5 ? "✅" : "❌") + " " + (rss == null ? "" : rss < 150 ? "✅" : "❌") + " |");
        }
        line("");
        line("Raw figures: `" + o.getOrDefault("raw", "results.properties") + "`.");
    }

    /** Sections 3–4, when the run wrote (a READS_ONLY run did not). */
    private void writes() {
        if (r.get("write.cpu.procs") == null) {
            return;
        }
        line("");
        line("## 3–4. Writes through the gateway at fixed rates, and the event path");
        line("");
        line("Write: `POST /api/projects/{id}/progress` (\"progress\"), or where that answered 404/405 when probed, "
                + "`PATCH /api/projects/{id}` with `progressPercent` and If-Match (\"patch\", the stand-in); a department "
                + "token of the project's lead unit, projects in turn. "
                + "Event path, two ways: from the write's 2xx answer to its event arriving on `projects.events` (a consumer in the load "
                + "generator, one clock), and on to assessment-service having it in its event store, the input of its facts and "
                + "scores (`consumed_event.received_at`, PostgreSQL's clock on the same machine). " + r.getOrDefault("event.scope", ""));
        line("");
        line("| rate | write | answered req/s | p50 | p99 | p99.9 | max | errors (statuses) | to the topic p50 | p99 | seen / writes | to assessment p50 | p99 | stored |");
        line("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (String rate : r.getOrDefault("write.rates", "50,100,200").split(",")) {
            String p = "write." + rate.trim() + ".";
            if (r.get(p + "rps") == null) {
                continue;
            }
            line("| " + rate + "/s | " + r.get(p + "write") + " | " + f0(r.number(p + "ok.rps")) + " | " + ms(r.number(p + "p50.ms")) + " | " + ms(r.number(p + "p99.ms"))
                    + " | " + ms(r.number(p + "p999.ms")) + " | " + ms(r.number(p + "max.ms")) + " | " + r.get(p + "errors") + " "
                    + r.get(p + "statuses") + " | " + ms(r.number(p + "event.p50.ms")) + " | " + ms(r.number(p + "event.p99.ms"))
                    + " | " + r.get(p + "event.observed") + " / " + r.get(p + "event.accepted")
                    + " | " + ms(r.number(p + "store.p50.ms")) + " | " + ms(r.number(p + "store.p99.ms")) + " | " + r.get(p + "store.observed") + " |");
        }
        String procs = r.get("write.cpu.procs");
        if (procs != null) {
            line("");
            line("CPU per write, in milliseconds, per process (its CPU time before and after the rate's run divided by the "
                    + "reports stored; the event's consumers included, since the generator waits for assessment-service to store "
                    + "each event). Everything shares the cores, so this is what decides how many writes a second the machine can "
                    + "take. The last row is what each process burns idle, in CPU ms per second, not taken off.");
            line("");
            StringBuilder head = new StringBuilder("| rate |");
            StringBuilder rule = new StringBuilder("| ---: |");
            for (String proc : procs.split(",")) {
                head.append(' ').append(proc).append(" |");
                rule.append(" ---: |");
            }
            line(head + " total |");
            line(rule + " ---: |");
            for (String rate : r.getOrDefault("write.rates", "50,100,200").split(",")) {
                String p = "write." + rate.trim() + ".cpu.";
                if (r.get(p + "total.ms") == null) {
                    continue;
                }
                StringBuilder row = new StringBuilder("| " + rate.trim() + "/s |");
                for (String proc : procs.split(",")) {
                    row.append(' ').append(r.getOrDefault(p + proc + ".ms", "—")).append(" |");
                }
                line(row + " " + r.get(p + "total.ms") + " |");
            }
            StringBuilder idle = new StringBuilder("| idle, ms/s |");
            for (String proc : procs.split(",")) {
                idle.append(' ').append(r.getOrDefault("write.idle.cpu." + proc + ".ms", "—")).append(" |");
            }
            line(idle + " " + r.getOrDefault("write.idle.cpu.total.ms", "—") + " |");
        }
        Double ev99 = r.number("write.100.store.p99.ms");
        String to = " (to assessment-service's event store)";
        Double stored = r.number("write.100.store.observed");
        if (ev99 == null || stored == null || stored == 0) {
            ev99 = r.number("write.100.event.p99.ms");
            to = " (to the topic only)";
        }
        line("");
        line("Target: event path p99 < 250 ms at 100 writes/s: " + (ev99 == null ? "not measured" : ms(ev99) + to + (ev99 < 250 ? " ✅" : " ❌")));
        if (r.get("write.100.last.error") != null) {
            line("");
            line("Last error at 100/s: `" + r.get("write.100.last.error") + "`");
        }

    }

    /** Section 5, when the run had the province's events (a READS_ONLY run did not). */
    private void province() {
        if (r.get("province.events") == null) {
            return;
        }
        line("");
        line("## 5. Province scale");
        line("");
        line("| step | figure |");
        line("| --- | --- |");
        line("| dataset into projects-service (SQL, " + r.get("load.units") + " units, " + r.get("load.projects") + " projects) | "
                + s1(r.number("load.sql.seconds")) + " s |");
        line("| " + r.get("province.events") + " events onto Kafka (generator, acks=all) | " + s1(r.number("province.load.seconds")) + " s ("
                + f0(r.number("province.load.eps")) + " events/s) |");
        line("| assessment-service takes them into its event store and facts | " + r.get("province.ingest.events") + " events in "
                + s1(r.number("province.ingest.seconds")) + " s = **" + f0(r.number("province.ingest.eps")) + " events/s**"
                + ("true".equals(r.get("province.ingest.complete")) ? "" : " (TIMED OUT before all arrived)")
                + "; measured by " + r.get("province.ingest.measure") + " |");
        line("| assessment-service peak RSS while taking them | " + r.get("province.assessment.peak.rss.mb") + " MB |");
        String rs = r.get("recompute.status");
        if (rs == null || rs.startsWith("absent") || rs.startsWith("failed")) {
            line("| recompute every unit's score by replay (`POST /api/assessments/recompute`) | " + (rs == null ? "not run" : rs)
                    + ": the consumption throughput above stands in |");
        } else {
            line("| recompute by replay (`POST /api/assessments/recompute?period=" + Dataset.YEAR + "`) | " + rs + ": "
                    + r.get("recompute.events") + " events in " + s1(r.number("recompute.seconds")) + " s = **"
                    + f0(r.number("recompute.eps")) + " events/s**; peak RSS " + r.get("recompute.peak.rss.mb") + " MB |");
        }
        if (r.get("live.cold.s") != null) {
            line("| live ranking `GET /api/assessments` (the dashboard's), straight at assessment-service | first "
                    + s2(r.number("live.cold.s")) + " s (the whole log replayed); nothing new " + s2(r.number("live.unchanged.s"))
                    + " s; after one more event **" + s2(r.number("live.after.one.s")) + " s** (only it applied) |");
        }
        if (r.get("live.restart.first.s") != null) {
            Double first = r.number("live.restart.first.s");
            line("| live ranking after a restart (stopped: snapshot of the facts written, " + kb(r.get("restart.snapshot.bytes")) + " for "
                    + r.get("restart.snapshot.events") + " events; stop " + s1(r.number("restart.stop.s")) + " s; ready again in "
                    + s1(r.number("restart.ready.s")) + " s) | first **" + s2(first) + " s** " + (first != null && first < 1 ? "✅" : "❌")
                    + " (target < 1 s; the whole log replayed: " + s2(r.number("live.cold.s")) + " s above); again "
                    + s2(r.number("live.restart.second.s")) + " s; " + r.get("restart.resumed") + " |");
        }
        Double replay = r.number("recompute.seconds");
        Double ingest = r.number("province.ingest.seconds");
        Double eps = replay != null ? r.number("recompute.eps") : r.number("province.ingest.eps");
        line("");
        line("Target: province replay (1,000,000 events) < 60 s, i.e. ≥ 16,667 events/s: "
                + (eps == null ? "not measured" : f0(eps) + " events/s → 1M events in " + f0(1_000_000 / Math.max(eps, 1e-9)) + " s "
                + (1_000_000 / eps < 60 ? "✅" : "❌")) + (replay != null ? " (recompute)" : ingest != null ? " (consumption; no recompute endpoint)" : ""));

    }

    /** The public site and the dashboard: the gateway's read cache against no cache and against nginx serving files. */
    private void publicReads() {
        if (r.get("public.feed.cached.rps") == null) {
            return;
        }
        line("");
        line("## 7. The public read path and the dashboard");
        line("");
        line("`wrk` closed loop, " + r.get("run.wrk") + ", each after a warm-up on the same path: the gateway with its read cache "
                + "(staleness 5 s, dropped by every event it follows), a second gateway with it switched off "
                + "(`GATEWAY_READ_CACHE=false`, same upstreams), and nginx serving the very bytes the gateway sent, from files "
                + "(feed " + f0(r.number("public.feed.bytes")) + " bytes, projects page " + f0(r.number("public.projects.bytes")) + " bytes).");
        line("");
        line("| page | cached req/s | uncached req/s | nginx (file) req/s | cached / uncached (target ≥ 3) | cached / nginx (target ≥ 0.5) | p50 cached / uncached / nginx |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (String page : new String[] {"feed", "projects"}) {
            Double cached = r.number("public." + page + ".cached.rps");
            Double uncached = r.number("public." + page + ".uncached.rps");
            Double nginx = r.number("public." + page + ".nginx.rps");
            line("| " + (page.equals("feed") ? "GET /public/feed.json" : "GET /public/projects") + " | " + f0(cached) + " | " + f0(uncached)
                    + " | " + f0(nginx) + " | " + ratio(cached, uncached) + " " + verdict(cached, uncached, 3) + " | "
                    + ratio(cached, nginx) + " " + verdict(cached, nginx, 0.5) + " | "
                    + r.getOrDefault("public." + page + ".cached.p50.ms", "—") + " / " + r.getOrDefault("public." + page + ".uncached.p50.ms", "—")
                    + " / " + r.getOrDefault("public." + page + ".nginx.p50.ms", "—") + " |");
        }
        line("");
        line("Dashboard (`GET /api/dashboard?year=2026`, each request with a random unit's token: one kept view per unit) at a fixed rate of "
                + r.get("dashboard.rate") + " req/s (open loop, from each request's due time):");
        line("");
        line("| gateway | p50 | p99 | p99.9 | max | errors |");
        line("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (String key : new String[] {"cached", "uncached"}) {
            line("| " + key + " | " + ms(r.number("dashboard." + key + ".p50.ms")) + " | " + ms(r.number("dashboard." + key + ".p99.ms"))
                    + " | " + ms(r.number("dashboard." + key + ".p999.ms")) + " | " + ms(r.number("dashboard." + key + ".max.ms"))
                    + " | " + r.getOrDefault("dashboard." + key + ".errors", "—") + " |");
        }
    }

    /** The console's first load in headless Chromium (bench/console-load.mjs): bytes, and time to the cockpit's figures. */
    private void consoleLoad() {
        if (r.get("console.load.cockpit.ms") == null) {
            return;
        }
        line("");
        line("## 8. The console's first load");
        line("");
        line("Headless Chromium, a fresh profile each time (nothing cached), the gateway's `/`, sign-in as the commander, until the "
                + "cockpit draws its figures; median of " + r.get("console.load.rounds") + ". Bytes as Chromium counts them on the wire "
                + "(headers and compressed bodies).");
        line("");
        line("| figure | value |");
        line("| --- | ---: |");
        line("| sign-in page usable (network idle) | " + r.get("console.load.signin.ms") + " ms, " + f0(r.number("console.load.signin.bytes"))
                + " bytes in " + r.get("console.load.signin.requests") + " requests |");
        line("| sign-in click → the cockpit's figures | " + r.get("console.load.cockpit.ms") + " ms (" + r.get("console.load.cockpit.from.start.ms")
                + " ms from the navigation) |");
        line("| in all, up to the cockpit settled | " + f0(r.number("console.load.total.bytes")) + " bytes in "
                + r.get("console.load.total.requests") + " requests |");
    }

    private void readRow(String label, String key) {
        line("| " + label + " | " + f0(r.number("wrk." + key + ".rps")) + " | " + ms(r.number("read." + key + ".p50.ms")) + " | "
                + ms(r.number("read." + key + ".p99.ms")) + " | " + ms(r.number("read." + key + ".p999.ms")) + " | "
                + ms(r.number("read." + key + ".max.ms")) + " | " + r.getOrDefault("read." + key + ".errors", "—")
                + (r.get("wrk." + key + ".errors") != null && !"0".equals(r.get("wrk." + key + ".errors")) ? " (wrk: " + r.get("wrk." + key + ".errors") + ")" : "") + " |");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private static String ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? "—" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static String verdict(Double a, Double b, double target) {
        return a == null || b == null || b == 0 ? "" : a / b >= target ? "✅" : "❌";
    }

    private static String f0(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String s1(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String kb(String bytes) {
        try {
            return String.format(java.util.Locale.ROOT, "%,.0f KB", Long.parseLong(bytes.trim()) / 1024.0);
        } catch (RuntimeException e) {
            return "? bytes";
        }
    }

    private static String s2(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String ms(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.2f ms", v);
    }
}
