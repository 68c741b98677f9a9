package io.keyprojects.projects.demolition;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of a case taken on a day; it must be the step that comes next. */
@Schema(example = "{\"step\": \"NOTICE\", \"date\": \"2026-04-10\", \"note\": \"征收公告张贴于东街公告栏\"}")
public record StepRecording(
        @Schema(enumeration = {"NOTICE", "VALUATION", "COMPENSATION_DECISION", "APPEAL_WINDOW", "COURT_APPLICATION", "ENFORCEMENT"},
                description = "公告, 评估, 补偿决定, 复议/诉讼期, 申请法院强制执行, 强制执行") String step,
        @Schema(description = "the day the step was taken: not before the previous step's, not after today") LocalDate date,
        @Schema(description = "at most 2000 characters") String note) {
}
