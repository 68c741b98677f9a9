package io.keyprojects.issues.project;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A project as issues-service knows it, from projects.events: enough to accept and route blockers. */
@Entity
@Table(name = "project_projection")
public class KnownProject extends PanacheEntityBase {
    @Id
    public UUID id;
    public String code;
    public String name;
    public int year;
    @Column(name = "lead_unit")
    public String leadUnit;
    /** 配合单位, "A,B". */
    @Column(name = "cooperating_units")
    public String cooperatingUnits;
    public String phase;
    /** The project's version this row reflects; older events never overwrite newer state. */
    public long version;

    public boolean involves(String unit) {
        return leadUnit.equals(unit) || java.util.Arrays.asList(cooperatingUnits.split(",")).contains(unit);
    }
}
