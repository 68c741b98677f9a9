package io.keyprojects.notifications.webhook;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial change of an endpoint: only the fields given change. {@code enabled: true} re-enables a disabled one. */
@Schema(name = "EndpointChange", examples = """
        {"eventTypes": ["county.issues.issue-escalated.v1"], "enabled": true}""")
public record EndpointChange(
        @Size(min = 1, max = 2000) String url,
        @Size(max = 500) String description,
        @Size(min = 1, max = 50) List<String> eventTypes,
        EndpointScope scope,
        Boolean enabled) {
}
