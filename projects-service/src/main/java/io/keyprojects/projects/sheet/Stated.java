package io.keyprojects.projects.sheet;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a project's sheet as it was stated: by whom and when. Version 0 with no sheet stands for "nothing
 * stated yet"; the version is the ETag.
 */
public record Stated<S>(UUID projectId, int period, S sheet, long version, Instant statedAt, String statedBy) {

    static <S> Stated<S> none(UUID projectId, int period) {
        return new Stated<>(projectId, period, null, 0, null, null);
    }

    public boolean stated() {
        return sheet != null;
    }
}
