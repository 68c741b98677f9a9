package io.keyprojects.projects.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.PlanChanged;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.projects.milestone.Milestone;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectEdit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The rule that keeps a promise visible: once a project has a baseline, changing a planned date or amount is a
 * re-plan that needs a reason (422 without, and nothing changes), is kept in the change log and published as
 * plan-changed. Before its baseline a project's plan is still being drawn up and changes freely. Call inside a
 * transaction: {@link #ofProject}/{@link #ofMilestone} before the change is applied, {@link #record} after it.
 */
@ApplicationScoped
public class Replans {
    /** The project fields that are its plan: dates and the investment plan (万元). */
    static final List<String> PROJECT_PLAN_FIELDS = List.of("plannedStart", "plannedEnd", "plannedInvestment", "annualPlannedInvestment");
    static final int MAX_REASON = 2000;
    private final Outbox outbox;
    private final CountyCalendar calendar;

    Replans(Outbox outbox, CountyCalendar calendar) {
        this.outbox = outbox;
        this.calendar = calendar;
    }

    /** One field of a plan, before and after, and what the baseline froze; values as text. */
    public record FieldChange(String field, String oldValue, String newValue, String baselineValue) {
    }

    /** A pending re-plan: empty when nothing planned changes or the project has no baseline yet. */
    public record Replan(Project project, UUID milestoneId, String milestoneName, List<FieldChange> changes, String reason) {
        static Replan none(Project project) {
            return new Replan(project, null, null, List.of(), null);
        }
    }

    /**
     * Takes {@code reason} out of a project's merge-patch body, unjudged: it explains the change, it is not a field of
     * the project. {@link #reasonText} reads it once the caller's right is known.
     */
    public static JsonNode takeReason(JsonNode body) {
        return body instanceof ObjectNode object ? object.remove("reason") : null;
    }

    /** The reason taken out of a body, as text; 400 when it is not text. */
    public static String reasonText(JsonNode reason) {
        if (reason == null || reason.isNull()) {
            return null;
        }
        if (!reason.isTextual()) {
            throw ProblemException.badRequest("reason is text", Map.of("reason", "a text saying why the plan changes"));
        }
        return reason.asText();
    }

    /** The re-plan a project edit makes; 422 when the project has a baseline and no reason is given. */
    public Uni<Replan> ofProject(Project p, Collection<String> fields, ProjectEdit values, String reason) {
        List<String[]> diff = new ArrayList<>();
        for (String field : PROJECT_PLAN_FIELDS) {
            if (!fields.contains(field)) {
                continue;
            }
            String before = text(currentOf(p, field));
            String after = text(switch (field) {
                case "plannedStart" -> values.plannedStart();
                case "plannedEnd" -> values.plannedEnd();
                case "plannedInvestment" -> values.plannedInvestment();
                default -> values.annualPlannedInvestment();
            });
            if (!same(currentOf(p, field), after)) {
                diff.add(new String[] {field, before, after});
            }
        }
        if (diff.isEmpty()) {
            return Uni.createFrom().item(Replan.none(p));
        }
        return ProjectBaseline.<ProjectBaseline>findById(p.id).map(baseline -> {
            if (baseline == null) {
                return Replan.none(p); // before approval the plan is still being drawn up
            }
            String why = requireReason(reason, diff.stream().map(d -> d[0]).toList(), p);
            List<FieldChange> changes = diff.stream()
                    .map(d -> new FieldChange(d[0], d[1], d[2], text(baselineOf(baseline, d[0])))).toList();
            return new Replan(p, null, null, changes, why);
        });
    }

    /** The re-plan a time node's edit makes (its planned date or its share of the work); 422 without a reason once baselined. */
    public Uni<Replan> ofMilestone(Project p, Milestone m, LocalDate plannedDate, BigDecimal plannedPercent, String reason) {
        List<String[]> diff = new ArrayList<>();
        if (plannedDate != null && !plannedDate.equals(m.plannedDate)) {
            diff.add(new String[] {"plannedDate", text(m.plannedDate), text(plannedDate)});
        }
        if (plannedPercent != null && (m.plannedPercent == null || plannedPercent.compareTo(m.plannedPercent) != 0)) {
            diff.add(new String[] {"plannedPercent", text(m.plannedPercent), text(plannedPercent)});
        }
        if (diff.isEmpty()) {
            return Uni.createFrom().item(Replan.none(p));
        }
        return ProjectBaseline.<ProjectBaseline>findById(p.id).chain(baseline -> {
            if (baseline == null) {
                return Uni.createFrom().item(Replan.none(p));
            }
            String why = requireReason(reason, diff.stream().map(d -> d[0]).toList(), p);
            return MilestoneBaseline.<MilestoneBaseline>findById(m.id).map(frozen -> new Replan(p, m.id, m.name, diff.stream()
                    .map(d -> new FieldChange(d[0], d[1], d[2], frozen == null ? null
                            : text(d[0].equals("plannedDate") ? frozen.plannedDate : frozen.plannedPercent)))
                    .toList(), why));
        });
    }

    /** Keeps the re-plan in the change log and publishes it, once the change itself went through. */
    public Uni<Void> record(Replan replan, String who) {
        if (replan.changes().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = calendar.now();
        List<PlanChange> rows = replan.changes().stream().map(c -> {
            PlanChange row = new PlanChange();
            row.id = UUID.randomUUID();
            row.projectId = replan.project().id;
            row.milestoneId = replan.milestoneId();
            row.field = c.field();
            row.oldValue = c.oldValue();
            row.newValue = c.newValue();
            row.baselineValue = c.baselineValue();
            row.reason = replan.reason();
            row.changedAt = now;
            row.changedBy = who;
            return row;
        }).toList();
        Project p = replan.project();
        return PlanChange.persist(rows).chain(() -> outbox.append(EventType.PLAN_CHANGED, p.id.toString(),
                new PlanChanged(p.id, p.code, p.leadUnit, replan.milestoneId(), replan.milestoneName(),
                        replan.changes().stream().map(c -> new PlanChanged.Change(c.field(), c.oldValue(), c.newValue(), c.baselineValue()))
                                .toList(), replan.reason(), now, who))).replaceWithVoid();
    }

    private static String requireReason(String reason, List<String> fields, Project p) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            String detail = reason != null && reason.length() > MAX_REASON ? "the reason is at most " + MAX_REASON + " characters"
                    : "project " + p.code + " has an approved baseline: changing " + String.join(", ", fields)
                    + " is a re-plan, send a reason with it";
            throw new ProblemException(Problem.of(422, "replan-needs-reason", "A re-plan needs a reason", detail)
                    .withErrors(Map.of("reason", "required (at most " + MAX_REASON + " characters) when a planned date or amount changes after approval"))
                    .with("fields", fields));
        }
        return reason.strip();
    }

    private static Object currentOf(Project p, String field) {
        return switch (field) {
            case "plannedStart" -> p.plannedStart;
            case "plannedEnd" -> p.plannedEnd;
            case "plannedInvestment" -> p.plannedInvestment;
            default -> p.annualPlannedInvestment;
        };
    }

    private static Object baselineOf(ProjectBaseline b, String field) {
        return switch (field) {
            case "plannedStart" -> b.plannedStart;
            case "plannedEnd" -> b.plannedEnd;
            case "plannedInvestment" -> b.plannedInvestment;
            default -> b.annualPlannedInvestment;
        };
    }

    private static boolean same(Object current, String after) {
        if (current instanceof BigDecimal amount) {
            return after != null && amount.compareTo(new BigDecimal(after)) == 0;
        }
        return Objects.equals(text(current), after);
    }

    static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }
}
