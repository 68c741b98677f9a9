package io.keyprojects.assessment.publicity;

import java.time.Instant;
import java.util.UUID;

/** A publicity case as staff see it (the public feed shows the same without {@code publishedBy}). */
public record PublicityView(UUID id, PublicityKind kind, UUID projectId, String projectCode, String projectName, String title,
                            String text, Instant publishedAt, String publishedBy) {
    static PublicityView of(PublicityCase c) {
        return new PublicityView(c.id, PublicityKind.valueOf(c.kind), c.projectId, c.projectCode, c.projectName, c.title, c.text,
                c.publishedAt, c.publishedBy);
    }
}
