package io.keyprojects.projects.preliminary;

import io.keyprojects.projects.milestone.MilestoneKind;
import io.keyprojects.projects.project.ProjectCategory;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One standard step of a category's template, in the order the steps are done. */
@Entity
@Table(name = "milestone_template_step")
public class TemplateStep extends PanacheEntityBase {
    @Id
    public UUID id;
    /** The {@link ProjectCategory} by name. */
    public String category;
    public int position;
    @Enumerated(EnumType.STRING)
    public MilestoneKind kind;
    public String name;
    @Column(name = "duration_days")
    public int durationDays;
    /** The unit that carries the step; null: the lead unit of the project the template is applied to. */
    @Column(name = "responsible_unit")
    public String responsibleUnit;
}
