package io.keyprojects.issues.meeting;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dispatch meeting (调度会): who met when, and the blockers on its agenda. */
@Entity
public class Meeting extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "held_on")
    public LocalDate heldOn;
    public String title;
    /** 召集人, e.g. the HQ's deputy commander. */
    public String convener;
    @Convert(converter = TextListConverter.class)
    public List<String> attendees;
    /** Issue ids, in agenda order. */
    @Convert(converter = TextListConverter.class)
    public List<String> agenda;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean hasOnAgenda(UUID issueId) {
        return agenda.contains(issueId.toString());
    }
}
