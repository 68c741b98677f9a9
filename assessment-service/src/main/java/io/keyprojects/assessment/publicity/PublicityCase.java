package io.keyprojects.assessment.publicity;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A published model case (先进典型) or exposed obstruction case (曝光) about one project; public once written. */
@Entity
@Table(name = "publicity_case")
public class PublicityCase extends PanacheEntityBase {
    @Id
    public UUID id;
    public String kind;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "project_code")
    public String projectCode;
    @Column(name = "project_name")
    public String projectName;
    public String title;
    public String text;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** Who typed it: kept for staff and the audit trail, never on the public site or in the event. */
    @Column(name = "published_by")
    public String publishedBy;
}
