package io.keyprojects.assessment.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code kp.assessment.*}. */
@ConfigMapping(prefix = "kp.assessment")
public interface AssessmentSettings {
    /**
     * A publication is computed as of this long before now, so an event whose consuming transaction is still
     * committing cannot be counted by a later recompute but missed by the publication.
     */
    @WithDefault("2s")
    Duration publishSettle();
}
