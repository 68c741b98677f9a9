package io.keyprojects.assessment.facts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kp.facts.snapshot.*}: the snapshots of the live facts a start resumes from (see {@link FactSnapshots}). */
@ConfigMapping(prefix = "kp.facts.snapshot")
public interface FactSnapshotSettings {
    /** Off: no snapshot is read or written, and every start replays the whole log. */
    @WithDefault("true")
    boolean enabled();

    /** How often the live facts are brought up to date and stored when they moved on ({@code off}: only at start and shutdown; read by {@code FactSnapshotSchedule}). */
    @WithDefault("5m")
    String every();

    /** A periodic snapshot is written only when the live facts are at least this many events past the stored one. */
    @WithDefault("1000")
    long minEvents();
}
