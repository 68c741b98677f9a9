package io.keyprojects.issues.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dispatch meeting to record: date, convener, attendees and the open blockers on its agenda. */
@Schema(example = """
        {"heldOn": "2026-04-10", "title": "2026年第3次重点工程调度会", "convener": "县城建指挥部 李副指挥长",
         "attendees": ["住建局 张局长", "自然资源局 王局长", "城关镇 陈镇长"],
         "agenda": ["5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11"]}""")
public record MeetingPlan(
        @NotNull LocalDate heldOn,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 200) String convener,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\n]*", message = "one line") String> attendees,
        @NotEmpty @Size(max = 100) List<@NotNull UUID> agenda) {
}
