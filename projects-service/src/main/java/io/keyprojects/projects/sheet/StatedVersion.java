package io.keyprojects.projects.sheet;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One stated version of a project's sheet, kept for good: the newest is the sheet in force, the others say how it
 * stood on any past day. The sheet is kept as the JSON of its checked form.
 */
@Entity
@Table(name = "stated_sheet")
@IdClass(StatedVersion.Key.class)
public class StatedVersion extends PanacheEntityBase {
    @Id
    public String kind;
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    /** The year of a sheet stated per year; 0 for a sheet of the whole project. */
    @Id
    public int period;
    @Id
    public long version;
    public String content;
    @Column(name = "stated_at")
    public Instant statedAt;
    @Column(name = "stated_by")
    public String statedBy;

    /** The composite identity: one row per kind, project, period and version. */
    public static class Key implements Serializable {
        public String kind;
        public UUID projectId;
        public int period;
        public long version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && period == k.period && version == k.version && Objects.equals(kind, k.kind)
                    && Objects.equals(projectId, k.projectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, projectId, period, version);
        }
    }
}
