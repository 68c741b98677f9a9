package io.keyprojects.contracts.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * county.projects.demolition-case-step-recorded.v1 — a case reached its next step (公告, 评估, 补偿决定,
 * 复议/诉讼期, 申请法院强制执行, 强制执行), taken on {@code date}; {@code nextStep} is null once enforced.
 */
public record DemolitionCaseStepRecorded(UUID caseId, UUID projectId, String projectCode, String leadUnit, String household,
                                         String step, int position, LocalDate date, String note, String nextStep,
                                         Instant recordedAt, String recordedBy) {
}
