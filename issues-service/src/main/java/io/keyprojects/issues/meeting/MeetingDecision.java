package io.keyprojects.issues.meeting;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a dispatch meeting decided on one blocker on its agenda: the unit that takes it on, and by when. */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "meeting_id")
    public UUID meetingId;
    @Column(name = "issue_id")
    public UUID issueId;
    @Column(name = "assigned_unit")
    public String assignedUnit;
    /** 专人 the meeting made answer for the blocker, if named. */
    @Column(name = "responsible_person")
    public UUID responsiblePerson;
    public LocalDate deadline;
    public String decision;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
