package io.keyprojects.contracts.data;

import java.time.Instant;
import java.util.UUID;

/**
 * county.assessment.publicity-published.v1 — a model case (先进典型, {@code MODEL_CASE}) or an exposed obstruction case
 * (曝光, {@code EXPOSURE}) of a project, published to the public site; subject = case id. Public by design.
 */
public record PublicityPublished(UUID id, String kind, UUID projectId, String projectCode, String projectName, String title,
                                 String text, Instant publishedAt) {
    public static final String MODEL_CASE = "MODEL_CASE";
    public static final String EXPOSURE = "EXPOSURE";
}
