package io.keyprojects.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The fault suite's table: one row per scenario, printed and written to target/fault-summary.md. */
final class FaultSummary {
    record Row(String scenario, long requests, long failures, long lost, long duplicatesApplied, Duration time, String figures) {
    }

    private static final List<Row> ROWS = new ArrayList<>();
    private static final List<String> SECTIONS = new ArrayList<>();

    private FaultSummary() {
    }

    static synchronized void add(Row row) {
        ROWS.add(row);
        System.out.printf("[fault-suite] %s: requests %d, failures %d, lost %d, duplicates applied %d, %.1f s — %s%n",
                row.scenario(), row.requests(), row.failures(), row.lost(), row.duplicatesApplied(),
                row.time().toMillis() / 1000.0, row.figures());
    }

    /** Extra detail (e.g. the authorisation matrix), appended after the table. */
    static synchronized void section(String markdown) {
        SECTIONS.add(markdown);
    }

    static synchronized String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# System fault suite — last run\n\n");
        md.append("Written by `system-tests` (`FaultSuiteIT`) on ").append(Instant.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores. `failures` are requests that did not get the ")
                .append("answer the scenario expects (during a crash: writes the client saw fail, which is allowed); ")
                .append("`lost` are events or acknowledged writes missing from a consumer; `duplicates applied` are projection ")
                .append("rows that differ from their source after the fault.\n\n");
        md.append("| scenario | requests | failures | lost | duplicates applied | time | figures |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Row r : ROWS) {
            md.append("| ").append(r.scenario()).append(" | ").append(r.requests()).append(" | ").append(r.failures())
                    .append(" | ").append(r.lost()).append(" | ").append(r.duplicatesApplied()).append(" | ")
                    .append(String.format("%.1f s", r.time().toMillis() / 1000.0)).append(" | ")
                    .append(r.figures().replace("|", "\\|")).append(" |\n");
        }
        for (String s : SECTIONS) {
            md.append("\n").append(s).append("\n");
        }
        return md.toString();
    }

    static synchronized void write() {
        String md = markdown();
        System.out.println(md);
        try {
            Path target = Path.of(System.getProperty("java.io.tmpdir")).resolve("fault-summary.md");
            Files.writeString(target, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
