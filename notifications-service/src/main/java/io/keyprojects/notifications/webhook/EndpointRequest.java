package io.keyprojects.notifications.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new endpoint: where to, which event types, and which events of them (its unit's, or public ones). */
@Schema(name = "EndpointRequest", examples = """
        {"url": "https://zjj.county.gov.cn/hooks/keyprojects", "description": "住建局项目管理系统",
         "eventTypes": ["county.issues.issue-escalated.v1", "county.issues.meeting-decision-recorded.v1"], "scope": "UNIT"}""")
public record EndpointRequest(
        @NotBlank @Size(max = 2000) String url,
        @Size(max = 500) String description,
        @NotEmpty @Size(max = 50) List<@NotBlank String> eventTypes,
        @NotNull EndpointScope scope) {
}
