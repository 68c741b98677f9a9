package io.keyprojects.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalLong;

/**
 * What the processes' own logs say, to the millisecond, happened after a mark (the kill): a gateway logs when a health
 * check (or a refused connection) takes an instance "out of rotation" and when a health check brings it "back in
 * rotation"; a service logs when it has "started in" so many seconds. Read from the files the processes write, so
 * watching costs the loaded machine nothing (polling every readiness ten times a second did, while killed instances
 * restarted), and finer than any poll. Log lines start with the time of day in the machine's zone
 * ({@code HH:mm:ss.SSS}, platform's log format), which this test's JVM shares with the processes it started; a moment of
 * the test's clock ({@link System#nanoTime}) is placed against them through the wall clock read at the same instant.
 */
final class RotationLog {
    private final List<Path> gatewayLogs;
    private final long markNanos;
    private final Instant markWall;

    /** From now (the kill) on, what {@code gateways} log. */
    RotationLog(List<ServiceProcess> gateways) {
        this.gatewayLogs = gateways.stream().map(ServiceProcess::log).toList();
        this.markWall = Instant.now();
        this.markNanos = System.nanoTime();
    }

    /** The mark on the test's clock. */
    long mark() {
        return markNanos;
    }

    /** The moment (test clock) {@code instance} logged it had started, after the mark. */
    OptionalLong startedAgain(ServiceProcess instance) {
        return firstAfterMark(instance.log(), " started in ", "Listening on");
    }

    /** The moment (test clock) the last of the gateways logged {@code instance} out of rotation after the mark. */
    OptionalLong ejectedEverywhere(ServiceProcess instance) {
        return lastOfFirsts(instance, "out of rotation");
    }

    /** The moment (test clock) the last of the gateways logged {@code instance} back in rotation after the mark. */
    OptionalLong readmittedEverywhere(ServiceProcess instance) {
        return lastOfFirsts(instance, "back in rotation");
    }

    private OptionalLong lastOfFirsts(ServiceProcess instance, String change) {
        long last = Long.MIN_VALUE;
        for (Path log : gatewayLogs) {
            OptionalLong first = firstAfterMark(log, "instance " + instance.url() + " ", change);
            if (first.isEmpty()) {
                return OptionalLong.empty();
            }
            last = Math.max(last, first.getAsLong());
        }
        return OptionalLong.of(last);
    }

    private OptionalLong firstAfterMark(Path log, String instance, String change) {
        if (!Files.exists(log)) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(log)) {
                if (line.contains(instance) && line.contains(change)) {
                    OptionalLong at = nanosOf(line);
                    if (at.isPresent() && at.getAsLong() >= markNanos) {
                        return at;
                    }
                }
            }
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line's time of day on the test's clock: the date is the mark's, or the next day's for a run past midnight. */
    private OptionalLong nanosOf(String line) {
        LocalTime time;
        try {
            time = LocalTime.parse(line.substring(0, Math.min(12, line.length())));
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
        ZoneId zone = ZoneId.systemDefault();
        LocalDate day = LocalDateTime.ofInstant(markWall, zone).toLocalDate();
        Instant at = LocalDateTime.of(day, time).atZone(zone).toInstant();
        if (at.isBefore(markWall.minusSeconds(3600))) {
            at = LocalDateTime.of(day.plusDays(1), time).atZone(zone).toInstant();
        }
        return OptionalLong.of(markNanos + java.time.Duration.between(markWall, at).toNanos());
    }
}
