package io.keyprojects.assessment.honours;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The commander's decision on one proposal for a period: confirmed, or struck with a reason; with the facts it was decided on. */
@Entity
@Table(name = "honour")
public class Honour extends PanacheEntityBase {
    @Id
    public UUID id;
    public String period;
    /** The proposal's key ({@link HonourProposal#key()}): one decision per proposal and period. */
    public String proposal;
    public String honour;
    public String subject;
    public String unit;
    public UUID person;
    public String name;
    public String basis;
    /** The facts behind the proposal when it was decided, as canonical JSON. */
    public String facts;
    public String decision;
    public String reason;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decided_by")
    public String decidedBy;

    public boolean confirmed() {
        return HonoursView.CONFIRMED.equals(decision);
    }
}
