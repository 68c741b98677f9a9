package io.keyprojects.assessment.bulletin;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bulletin schedule (定期通报): its cron in the county's time zone ({@code off} when switched off), the cycle, when it
 * runs next, the period that run publishes and, when that period has its scheduled bulletin already, its id.
 */
@Schema(name = "BulletinSchedule")
public record ScheduleView(String cron, String timeZone, BulletinCycle cycle, Instant nextRun, String duePeriod, UUID duePeriodBulletin) {
}
