package io.keyprojects.assessment.bulletin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one run of the bulletin schedule did for a period: {@code created} when it published the period's bulletin,
 * otherwise the one published before ({@code bulletin}), or nothing when another run was publishing it at that moment.
 */
@Schema(name = "ScheduledBulletinRun")
public record ScheduledRun(String period, boolean created, BulletinView bulletin) {
    static ScheduledRun created(String period, BulletinView bulletin) {
        return new ScheduledRun(period, true, bulletin);
    }

    static ScheduledRun existing(String period, BulletinView bulletin) {
        return new ScheduledRun(period, false, bulletin);
    }
}
