package io.keyprojects.projects.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.PlanChanged;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
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
    public static final List<String> PROJECT_PLAN_FIELDS = List.of("plannedStart", "plannedEnd", "plannedInvestment", "annualPlannedInvestment");
    static final int MAX_REASON = 2000;
    private final Outbox outbox;
    private final CountyCalendar calendar;

    Replans(Outbox outbox, CountyCalendar calendar) {
        this.outbox = outbox;
        this.calendar = calendar;
    }

    /** The project a re-plan concerns, as the change log and the event name it. */
    public record Subject(UUID projectId, String code, String leadUnit) {
    }

    /** One planned value a change proposes: its field, the value now and the value asked for. */
    public record Proposal(String field, Object current, Object proposed) {
        boolean differs() {
            if (current instanceof BigDecimal amount && proposed instanceof BigDecimal asked) {
                return amount.compareTo(asked) != 0;
            }
            return !Objects.equals(text(current), text(proposed));
        }
    }

    /** One field of a plan, before and after, and what the baseline froze; values as text. */
    public record FieldChange(String field, String oldValue, String newValue, String baselineValue) {
    }

    /** A pending re-plan: empty when nothing planned changes or the project has no baseline yet. */
    public record Replan(Subject project, UUID milestoneId, String milestoneName, List<FieldChange> changes, String reason) {
        static Replan none(Subject project) {
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

    /**
     * The re-plan a project edit makes ({@code proposals}: the edit's values of {@link #PROJECT_PLAN_FIELDS}); 422 when
     * the project has a baseline and no reason is given.
     */
    public Uni<Replan> ofProject(Subject p, List<Proposal> proposals, String reason) {
        List<Proposal> diff = proposals.stream().filter(Proposal::differs).toList();
        if (diff.isEmpty()) {
            return Uni.createFrom().item(Replan.none(p));
        }
        return ProjectBaseline.<ProjectBaseline>findById(p.projectId()).map(baseline -> {
            if (baseline == null) {
                return Replan.none(p); // before approval the plan is still being drawn up
            }
            String why = requireReason(reason, diff, p);
            return new Replan(p, null, null, diff.stream().map(d -> change(d, baselineOf(baseline, d.field()))).toList(), why);
        });
    }

    /**
     * The re-plan a time node's edit makes ({@code proposals}: its planned date or its share of the work, those the edit
     * sends); 422 without a reason once baselined.
     */
    public Uni<Replan> ofMilestone(Subject p, UUID milestoneId, String milestoneName, List<Proposal> proposals, String reason) {
        List<Proposal> diff = proposals.stream().filter(Proposal::differs).toList();
        if (diff.isEmpty()) {
            return Uni.createFrom().item(Replan.none(p));
        }
        return ProjectBaseline.<ProjectBaseline>findById(p.projectId()).chain(baseline -> {
            if (baseline == null) {
                return Uni.createFrom().item(Replan.none(p));
            }
            String why = requireReason(reason, diff, p);
            return MilestoneBaseline.<MilestoneBaseline>findById(milestoneId).map(frozen -> new Replan(p, milestoneId, milestoneName,
                    diff.stream().map(d -> change(d, frozen == null ? null
                            : d.field().equals("plannedDate") ? frozen.plannedDate : frozen.plannedPercent)).toList(), why));
        });
    }

    private static FieldChange change(Proposal d, Object baselineValue) {
        return new FieldChange(d.field(), text(d.current()), text(d.proposed()), text(baselineValue));
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
            row.projectId = replan.project().projectId();
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
        Subject p = replan.project();
        return PlanChange.persist(rows).chain(() -> outbox.append(EventType.PLAN_CHANGED, p.projectId().toString(),
                new PlanChanged(p.projectId(), p.code(), p.leadUnit(), replan.milestoneId(), replan.milestoneName(),
                        replan.changes().stream().map(c -> new PlanChanged.Change(c.field(), c.oldValue(), c.newValue(), c.baselineValue()))
                                .toList(), replan.reason(), now, who))).replaceWithVoid();
    }

    private static String requireReason(String reason, List<Proposal> diff, Subject p) {
        List<String> fields = diff.stream().map(Proposal::field).toList();
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            String detail = reason != null && reason.length() > MAX_REASON ? "the reason is at most " + MAX_REASON + " characters"
                    : "project " + p.code() + " has an approved baseline: changing " + String.join(", ", fields)
                    + " is a re-plan, send a reason with it";
            throw new ProblemException(Problem.of(422, "replan-needs-reason", "A re-plan needs a reason", detail)
                    .withErrors(Map.of("reason", "required (at most " + MAX_REASON + " characters) when a planned date or amount changes after approval"))
                    .with("fields", fields));
        }
        return reason.strip();
    }

    private static Object baselineOf(ProjectBaseline b, String field) {
        return switch (field) {
            case "plannedStart" -> b.plannedStart;
            case "plannedEnd" -> b.plannedEnd;
            case "plannedInvestment" -> b.plannedInvestment;
            default -> b.annualPlannedInvestment;
        };
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }
}
