package io.keyprojects.contracts.data;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * county.projects.plan-changed.v1 — a baselined plan was changed (a re-plan, 调整计划): the project's planned dates
 * or amounts, or one time node's ({@code milestoneId} set). Each change names the field, the value before and after
 * and the baseline's value, as text (ISO dates, decimal strings in 万元, percentages); null where a value is not set.
 */
public record PlanChanged(UUID projectId, String projectCode, String leadUnit, UUID milestoneId, String milestoneName,
                          List<Change> changes, String reason, Instant changedAt, String changedBy) {

    public record Change(String field, String oldValue, String newValue, String baselineValue) {
    }
}
