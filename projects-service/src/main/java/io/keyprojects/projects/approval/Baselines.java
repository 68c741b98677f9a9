package io.keyprojects.projects.approval;

import io.keyprojects.projects.baseline.MilestoneBaseline;
import io.keyprojects.projects.baseline.ProgrammeApproval;
import io.keyprojects.projects.baseline.ProjectBaseline;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.BaselineApproved;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.projects.milestone.Milestone;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectPhase;
import io.keyprojects.projects.project.ProjectRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Approving the year's programme freezes every project's plan as its baseline (基线); a project added afterwards
 * gets its baseline when the commander approves it alone. Each baseline is published as baseline-approved.
 * Call inside a transaction.
 */
@ApplicationScoped
public class Baselines {
    private final ProjectRegistry projects;
    private final Outbox outbox;
    private final CountyCalendar calendar;

    Baselines(ProjectRegistry projects, Outbox outbox, CountyCalendar calendar) {
        this.projects = projects;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    /** Approves the programme of {@code year} once; a second approval is a 409 naming the projects still to approve alone. */
    public Uni<ApprovalView> approveProgramme(int year, String who) {
        return ProgrammeApproval.<ProgrammeApproval>findById(year).chain(existing -> {
            if (existing != null) {
                return awaitingApproval(year).chain(waiting -> Uni.createFrom().<ApprovalView>failure(ProblemException.conflict("programme-already-approved", "Programme already approved",
                                    "the " + year + " programme was approved on " + existing.approvedAt + " by " + existing.approvedBy
                                            + "; a project added since is approved alone: POST /api/projects/{id}/approval")
                            .with("approvedAt", existing.approvedAt.toString()).with("approvedBy", existing.approvedBy)
                            .with("awaitingApproval", waiting.stream().map(p -> p.code).toList())));
            }
            Instant now = calendar.now();
            ProgrammeApproval approval = new ProgrammeApproval();
            approval.year = year;
            approval.approvedAt = now;
            approval.approvedBy = who;
            return approval.<ProgrammeApproval>persist()
                    .chain(() -> awaitingApproval(year))
                    .chain(waiting -> {
                        Uni<List<ApprovalView.Line>> chain = Uni.createFrom().item(new ArrayList<>());
                        for (Project p : waiting) {
                            chain = chain.chain(lines -> freeze(p, true, now, who).map(line -> {
                                lines.add(line);
                                return lines;
                            }));
                        }
                        return chain;
                    })
                    .call(Panache::flush)
                    .map(lines -> new ApprovalView(year, now, who, lines.size(), lines));
        });
    }

    /** Approves one project added after its year's programme was approved: its plan becomes its baseline. */
    public Uni<ApprovalView> approveProject(UUID projectId, String who) {
        return projects.find(projectId).chain(project -> ProgrammeApproval.<ProgrammeApproval>findById(project.year).chain(programme -> {
            if (programme == null) {
                throw ProblemException.conflict("programme-not-approved", "Programme not approved yet",
                        "the " + project.year + " programme is not approved yet: approving it (POST /api/programme/" + project.year
                                + "/approval) baselines every project of the year, this one too");
            }
            if (project.phase == ProjectPhase.CANCELLED) {
                throw ProblemException.conflict("project-cancelled", "Project cancelled", "a cancelled project gets no baseline");
            }
            return ProjectBaseline.<ProjectBaseline>findById(projectId).chain(existing -> {
                if (existing != null) {
                    throw ProblemException.conflict("already-baselined", "Already approved",
                                    "project " + project.code + " was approved on " + existing.approvedAt + " by " + existing.approvedBy
                                            + "; its plan changes now as re-plans with a reason")
                            .with("approvedAt", existing.approvedAt.toString());
                }
                Instant now = calendar.now();
                return freeze(project, false, now, who).call(Panache::flush)
                        .map(line -> new ApprovalView(project.year, now, who, 1, List.of(line)));
            });
        }));
    }

    public Uni<ApprovalView.Programme> programme(int year) {
        return ProgrammeApproval.<ProgrammeApproval>findById(year).chain(approval -> {
            if (approval == null) {
                throw ProblemException.notFound("programme approval of", year);
            }
            return ProjectBaseline.count("year", year).chain(baselined -> awaitingApproval(year).map(waiting ->
                    new ApprovalView.Programme(year, approval.approvedAt, approval.approvedBy, baselined,
                            waiting.stream().map(p -> new ApprovalView.Line(p.id, p.code, p.name, 0)).toList())));
        });
    }

    /** The open projects of the year without a baseline, by code. */
    private static Uni<List<Project>> awaitingApproval(int year) {
        return Project.<Project>list("year = ?1 and phase <> ?2 and id not in (select b.projectId from ProjectBaseline b)",
                Sort.by("code"), year, ProjectPhase.CANCELLED);
    }

    private Uni<ApprovalView.Line> freeze(Project p, boolean withProgramme, Instant now, String who) {
        return Milestone.<Milestone>list("projectId", Sort.by("plannedDate").and("createdAt"), p.id).chain(nodes -> {
            ProjectBaseline b = new ProjectBaseline();
            b.projectId = p.id;
            b.year = p.year;
            b.plannedStart = p.plannedStart;
            b.plannedEnd = p.plannedEnd;
            b.plannedInvestment = p.plannedInvestment;
            b.annualPlannedInvestment = p.annualPlannedInvestment;
            b.withProgramme = withProgramme;
            b.approvedAt = now;
            b.approvedBy = who;
            List<MilestoneBaseline> frozen = nodes.stream().map(m -> {
                MilestoneBaseline mb = new MilestoneBaseline();
                mb.milestoneId = m.id;
                mb.projectId = p.id;
                mb.plannedDate = m.plannedDate;
                mb.plannedPercent = m.plannedPercent;
                return mb;
            }).toList();
            // the project's baseline row first: the nodes' rows refer to it
            return b.persist().call(Panache::flush).call(() -> frozen.isEmpty() ? Uni.createFrom().voidItem() : MilestoneBaseline.persist(frozen))
                    .call(() -> outbox.append(EventType.BASELINE_APPROVED, p.id.toString(), new BaselineApproved(p.id, p.code, p.leadUnit,
                            p.year, withProgramme, b.plannedStart, b.plannedEnd, b.plannedInvestment, b.annualPlannedInvestment,
                            nodes.stream().map(m -> new BaselineApproved.Node(m.id, m.kind.name(), m.name, m.plannedDate, m.plannedPercent))
                                    .toList(), now, who)))
                    .map(x -> new ApprovalView.Line(p.id, p.code, p.name, nodes.size()));
        });
    }
}
