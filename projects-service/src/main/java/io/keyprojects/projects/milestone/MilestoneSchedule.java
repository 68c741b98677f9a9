package io.keyprojects.projects.milestone;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.MilestoneOverdue;
import io.keyprojects.contracts.data.MilestonePlanned;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.projects.baseline.Replans;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.person.PersonRegistry;
import io.keyprojects.projects.project.ProjectRegistry;
import io.keyprojects.projects.unit.Unit;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of time nodes (时间节点): who may plan and complete them, completion dates, and the overdue
 * sweep that reports each overdue node once. Call inside a transaction.
 */
@ApplicationScoped
public class MilestoneSchedule {
    static final int MAX_PER_PROJECT = 100;
    private final ProjectRegistry projects;
    private final Outbox outbox;
    private final CountyCalendar calendar;
    private final RequestBodies bodies;
    private final Replans replans;
    private final PersonRegistry people;

    MilestoneSchedule(ProjectRegistry projects, Outbox outbox, CountyCalendar calendar, RequestBodies bodies, Replans replans,
                      PersonRegistry people) {
        this.replans = replans;
        this.bodies = bodies;
        this.people = people;
        this.projects = projects;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public Uni<List<Milestone>> of(UUID projectId) {
        return projects.find(projectId).chain(p -> Milestone.<Milestone>list("projectId", Sort.by("plannedDate").and("createdAt"), projectId));
    }

    public Uni<MilestoneView> add(UUID projectId, MilestonePlan plan, Caller caller) {
        return projects.find(projectId).chain(project -> {
            caller.requireCommanderOrDepartmentOf(project.leadUnit, "plan the time nodes of project " + project.code);
            bodies.valid(plan); // only once the caller may plan this project's nodes
            return requireKnownUnit(plan.responsibleUnit()).chain(() -> responsible(project, plan.responsiblePersonId()))
                    .chain(() -> Milestone.count("projectId", projectId)).chain(n -> {
                if (n >= MAX_PER_PROJECT) {
                    throw ProblemException.unprocessable("too-many-milestones", "Too many milestones",
                            "a project has at most " + MAX_PER_PROJECT + " time nodes");
                }
                Instant now = calendar.now();
                Milestone m = new Milestone();
                m.id = UUID.randomUUID();
                m.projectId = projectId;
                m.kind = plan.kind();
                m.name = plan.name() == null || plan.name().isBlank() ? plan.kind().label() : plan.name().strip();
                m.plannedDate = plan.plannedDate();
                m.durationDays = plan.durationDays();
                m.plannedPercent = plan.plannedPercent();
                m.responsibleUnit = plan.responsibleUnit();
                m.responsiblePersonId = plan.responsiblePersonId();
                m.createdAt = now;
                m.createdBy = caller.name();
                m.updatedAt = now;
                m.updatedBy = caller.name();
                return m.<Milestone>persistAndFlush()
                        .call(saved -> outbox.append(EventType.MILESTONE_PLANNED, project.id.toString(), planned(saved, project, caller)))
                        .map(saved -> MilestoneView.of(saved, calendar.today()));
            });
        });
    }

    public Uni<MilestoneView> edit(UUID projectId, UUID milestoneId, IfMatch ifMatch, MilestoneEdit edit, Caller caller) {
        return projects.find(projectId).chain(project -> {
            caller.requireCommanderOrDepartmentOf(project.leadUnit, "change the time nodes of project " + project.code);
            bodies.valid(edit); // only once the caller may change this project's nodes
            return responsible(project, edit.responsiblePersonId()).chain(() -> Milestone.<Milestone>findById(milestoneId))
                    .map(m -> {
                        if (m == null || !m.projectId.equals(projectId)) {
                            throw ProblemException.notFound("milestone", milestoneId);
                        }
                        return m;
                    })
                    .chain(m -> {
                        ifMatch.requireCurrent(m.version, "milestone " + m.name);
                        return replans.ofMilestone(project.replanSubject(), m.id, m.name, planProposals(m, edit), edit.reason())
                                .chain(replan -> applied(project, m, edit, caller).call(saved -> replans.record(replan, caller.name())));
                    });
        });
    }

    private static Uni<Void> requireKnownUnit(String code) {
        return code == null ? Uni.createFrom().voidItem() : Unit.count("code", code).invoke(n -> {
            if (n == 0) {
                throw ProblemException.unknownUnit("responsibleUnit", code);
            }
        }).replaceWithVoid();
    }

    /** Applies the edit (the re-plan rule already passed) and writes its events. */
    private Uni<MilestoneView> applied(Project project, Milestone m, MilestoneEdit edit, Caller caller) {
        boolean completes = apply(m, edit);
        m.updatedAt = calendar.now();
        m.updatedBy = caller.name();
        return Panache.flush().replaceWith(m)
                .call(saved -> replans(edit) ? outbox.append(EventType.MILESTONE_PLANNED, project.id.toString(),
                        planned(saved, project, caller)) : Uni.createFrom().voidItem())
                .call(saved -> completes ? outbox.append(EventType.MILESTONE_COMPLETED, project.id.toString(),
                        new MilestoneCompleted(saved.id, project.id, project.code, project.leadUnit, saved.kind.name(),
                                saved.name, saved.plannedDate, saved.actualDate,
                                !saved.actualDate.isAfter(saved.plannedDate), caller.name(), saved.responsiblePersonId))
                        : Uni.createFrom().voidItem())
                .map(saved -> MilestoneView.of(saved, calendar.today()));
    }

    private static MilestonePlanned planned(Milestone m, Project project, Caller caller) {
        return new MilestonePlanned(m.id, project.id, project.code, project.leadUnit, m.kind.name(), m.name, m.plannedDate,
                m.durationDays, m.plannedPercent, m.version, caller.name(), m.responsiblePersonId);
    }

    /**
     * The person a node names (专人) is known, in post, and of the project's lead unit or one of its cooperating units
     * (a node such as 用地审批 is often a cooperating unit's work); 422 otherwise. Nobody named passes.
     */
    private Uni<Void> responsible(Project project, UUID personId) {
        return people.requireKnown("responsiblePersonId", personId).invoke(person -> {
            if (person != null && !project.leadUnit.equals(person.unit) && !project.cooperatingUnits.contains(person.unit)) {
                throw new ProblemException(io.keyprojects.platform.problem.Problem.of(422, "person-not-eligible", "Person not eligible",
                        "a time node's responsible person is of the lead unit or a cooperating unit of project " + project.code
                                + "; " + person.name + " is of " + person.unit)
                        .withErrors(Map.of("responsiblePersonId", "must name a person of " + project.leadUnit + " or a cooperating unit")));
            }
        }).replaceWithVoid();
    }

    /** The planned date and share of the work an edit sends, each with the node's value now: what a re-plan judges. */
    private static List<Replans.Proposal> planProposals(Milestone m, MilestoneEdit edit) {
        List<Replans.Proposal> proposals = new java.util.ArrayList<>();
        if (edit.plannedDate() != null) {
            proposals.add(new Replans.Proposal("plannedDate", m.plannedDate, edit.plannedDate()));
        }
        if (edit.plannedPercent() != null) {
            proposals.add(new Replans.Proposal("plannedPercent", m.plannedPercent, edit.plannedPercent()));
        }
        return proposals;
    }

    /** A change to what the node plans (not only its completion), or to who answers for it: others learn the new plan. */
    private static boolean replans(MilestoneEdit edit) {
        return edit.name() != null || edit.plannedDate() != null || edit.durationDays() != null || edit.plannedPercent() != null
                || edit.responsiblePersonId() != null;
    }

    /** Applies the edit; true when it completes the milestone. */
    private boolean apply(Milestone m, MilestoneEdit edit) {
        boolean completing = Boolean.TRUE.equals(edit.completed()) || edit.actualDate() != null;
        if (Boolean.FALSE.equals(edit.completed()) && m.done()) {
            throw ProblemException.conflict("milestone-completed", "Milestone already completed",
                    "a completed time node is not reopened; add a new one instead");
        }
        if (completing && m.done()) {
            throw ProblemException.conflict("milestone-completed", "Milestone already completed",
                    "time node " + m.name + " was completed on " + m.actualDate);
        }
        LocalDate today = calendar.today();
        if (edit.actualDate() != null && edit.actualDate().isAfter(today)) {
            throw ProblemException.badRequest("a time node cannot be done in the future", Map.of("actualDate", "must not be after today"));
        }
        if (edit.name() != null) {
            m.name = edit.name().strip();
        }
        if (edit.plannedDate() != null) {
            m.plannedDate = edit.plannedDate();
        }
        if (edit.durationDays() != null) {
            m.durationDays = edit.durationDays();
        }
        if (edit.plannedPercent() != null) {
            m.plannedPercent = edit.plannedPercent();
        }
        if (edit.responsiblePersonId() != null) {
            m.responsiblePersonId = edit.responsiblePersonId();
        }
        if (completing) {
            m.actualDate = edit.actualDate() != null ? edit.actualDate() : today;
        }
        return completing;
    }

    /**
     * Flags every open milestone past its planned date that has not been reported yet, and writes one
     * milestone-overdue event for each, in the same transaction: each node is reported once. The flag is
     * claimed row by row ({@code ... WHERE overdue_since IS NULL}), so two sweeps racing never both report
     * a node, and it does not bump the node's version (a client's If-Match stays good). Returns how many
     * it flagged.
     */
    public Uni<Integer> flagOverdue(LocalDate today, int limit) {
        return Milestone.<Milestone>find("actualDate is null and overdueSince is null and plannedDate < ?1",
                        Sort.by("plannedDate"), today)
                .page(0, limit).list()
                .chain(due -> due.isEmpty() ? Uni.createFrom().item(0) : Project.<Project>list("id in ?1",
                                due.stream().map(m -> m.projectId).distinct().toList())
                        .map(found -> found.stream().collect(Collectors.toMap(p -> p.id, Function.identity())))
                        .chain(byId -> {
                            Uni<Integer> chain = Uni.createFrom().item(0);
                            for (Milestone m : due) {
                                Project p = byId.get(m.projectId);
                                chain = chain.chain(flagged -> claimOverdue(m.id, today).chain(claimed -> claimed
                                        ? outbox.append(EventType.MILESTONE_OVERDUE, p.id.toString(),
                                                new MilestoneOverdue(m.id, p.id, p.code, p.leadUnit, m.kind.name(), m.name,
                                                        m.plannedDate, today, ChronoUnit.DAYS.between(m.plannedDate, today),
                                                        m.responsiblePersonId))
                                                .replaceWith(flagged + 1)
                                        : Uni.createFrom().item(flagged)));
                            }
                            return chain;
                        }));
    }

    private static Uni<Boolean> claimOverdue(UUID milestoneId, LocalDate today) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE milestone SET overdue_since = ?1
                        WHERE id = ?2 AND overdue_since IS NULL AND actual_date IS NULL""")
                .setParameter(1, today)
                .setParameter(2, milestoneId)
                .executeUpdate())
                .map(updated -> updated == 1);
    }
}
