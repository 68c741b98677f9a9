package io.keyprojects.projects.project;

import io.keyprojects.projects.baseline.Replans;
import io.keyprojects.projects.person.Person;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A key construction project (重点工程) of the county's annual programme. Money in 万元. */
@Entity
public class Project extends PanacheEntityBase {
    @Id
    public UUID id;
    public String code;
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    public ProjectCategory category;
    public int year;
    /** 责任单位. */
    @Column(name = "lead_unit")
    public String leadUnit;
    /** 牵头领导: the label (free text on older rows; the named leader's title and name otherwise). */
    @Column(name = "lead_official")
    public String leadOfficial;
    /** 牵头领导 as a person (a county leader); null on rows from before people were named. */
    @Column(name = "lead_official_id")
    public UUID leadOfficialId;
    /** 专人: the lead unit's person responsible for the project. */
    @Column(name = "responsible_person_id")
    public UUID responsiblePersonId;
    /** 配合单位. */
    @Column(name = "cooperating_units")
    @Convert(converter = UnitCodesConverter.class)
    public List<String> cooperatingUnits = new ArrayList<>();
    /** 配合事项: each cooperating unit's task, by unit code (a unit without a task has no entry). */
    @Column(name = "cooperating_tasks")
    @Convert(converter = UnitTasksConverter.class)
    public Map<String, String> cooperatingTasks = new TreeMap<>();
    /** 乡镇/街道. */
    public String township;
    public Double latitude;
    public Double longitude;
    @Column(name = "planned_investment")
    public BigDecimal plannedInvestment;
    @Column(name = "annual_planned_investment")
    public BigDecimal annualPlannedInvestment;
    @Column(name = "completed_investment")
    public BigDecimal completedInvestment = BigDecimal.ZERO;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @Column(name = "actual_start")
    public LocalDate actualStart;
    @Column(name = "actual_end")
    public LocalDate actualEnd;
    @Enumerated(EnumType.STRING)
    public ProjectPhase phase = ProjectPhase.PREPARATION;
    @Column(name = "progress_percent")
    public BigDecimal progressPercent = BigDecimal.ZERO;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** Moves to {@code next} (the caller checked it is allowed), keeping the dates and percent true. */
    void moveTo(ProjectPhase next, LocalDate today) {
        if (next == ProjectPhase.UNDER_CONSTRUCTION && actualStart == null) {
            actualStart = today;
        }
        if (next == ProjectPhase.COMPLETED) {
            actualEnd = today;
            progressPercent = BigDecimal.valueOf(100);
        }
        phase = next;
    }

    /** A progress report's figures become the project's (the ledger checked them). */
    public void recordProgress(BigDecimal percent, BigDecimal investment, String who, Instant when) {
        progressPercent = percent;
        completedInvestment = investment;
        touchedBy(who, when);
    }

    void touchedBy(String who, Instant when) {
        updatedAt = when;
        updatedBy = who;
    }

    /** How a re-plan of this project names it. */
    public Replans.Subject replanSubject() {
        return new Replans.Subject(id, code, leadUnit);
    }

    /** A named lead official as the county writes it: title and name (副县长王建国). */
    static String leadOfficialLabel(Person leader) {
        return leader.title + leader.name;
    }
}
