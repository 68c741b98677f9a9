package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/**
 * county.assessment.rectification-status-changed.v1 — a supervision order moved (签收, 办理, 反馈, 复核, 办结;
 * a failed re-check sends it back); subject = order id.
 */
public record RectificationStatusChanged(UUID id, String responsibleUnit, String from, String to, LocalDate deadline,
                                         String changedBy, String note) {
}
