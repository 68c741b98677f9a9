package io.keyprojects.projects.baseline;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One re-planned field: who, when, old → new, the baseline's value and why. Values as text (ISO dates, decimal strings in 万元). */
@Schema(name = "PlanChange", example = "{\"id\": \"9d1c2b3a-4e5f-4a6b-8c7d-0e1f2a3b4c5d\", \"projectId\": \"0b6f3c55-2a43-4c1e-8f0e-7d9a6c1b2e3f\", "
        + "\"milestoneId\": null, \"milestoneName\": null, \"field\": \"plannedEnd\", \"oldValue\": \"2027-06-30\", \"newValue\": \"2027-09-30\", "
        + "\"baselineValue\": \"2027-06-30\", \"reason\": \"拆迁安置延后，经调度会研究顺延三个月\", \"changedAt\": \"2026-06-12T02:00:00Z\", \"changedBy\": \"commander\"}")
public record PlanChangeView(UUID id, UUID projectId, UUID milestoneId, String milestoneName, String field, String oldValue,
                             String newValue, String baselineValue, String reason, Instant changedAt, String changedBy) {
}
