package io.keyprojects.projects.progress;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.ProgressReported;
import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectRegistry;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Progress reports (进度填报): an append-only history per project. A report moves the project's percent and
 * completed investment; going down needs a reason. Call inside a transaction.
 */
@ApplicationScoped
public class ProgressLedger {
    /** A month's period, the only one that carries a month's investment (本月完成投资). */
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private final ProjectRegistry projects;
    private final Outbox outbox;
    private final CountyCalendar calendar;
    private final RequestBodies bodies;

    ProgressLedger(ProjectRegistry projects, Outbox outbox, CountyCalendar calendar, RequestBodies bodies) {
        this.bodies = bodies;
        this.projects = projects;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public Uni<Page<ProgressReportView>> history(UUID projectId, PageRequest page) {
        return projects.find(projectId).chain(p -> {
            PanacheQuery<ProgressReport> query = ProgressReport.find("projectId", Sort.descending("reportedAt", "id"), projectId);
            return PagedQuery.page(query, page, ProgressReportView::of);
        });
    }

    public Uni<ProgressReportView> report(UUID projectId, ProgressSubmission s, Caller caller) {
        return projects.find(projectId).chain(project -> {
            caller.requireCommanderOrDepartmentOf(project.leadUnit, "report progress of project " + project.code);
            bodies.valid(s); // only once the caller may report on this project
            if (!project.phase.isOpen()) {
                throw ProblemException.conflict("project-closed", "Project closed",
                        "project " + project.code + " is " + project.phase + ": its progress is final");
            }
            if (s.investmentThisMonth() != null && !MONTH.matcher(s.period()).matches()) {
                throw ProblemException.badRequest("investmentThisMonth belongs to a month's report (period YYYY-MM)",
                        Map.of("investmentThisMonth", "only with a month's period, like 2026-06"));
            }
            BigDecimal previousPercent = project.progressPercent;
            BigDecimal previousInvestment = project.completedInvestment;
            BigDecimal investment = s.completedInvestment() != null ? s.completedInvestment() : previousInvestment;
            boolean decrease = s.progressPercent().compareTo(previousPercent) < 0 || investment.compareTo(previousInvestment) < 0;
            if (decrease && (s.reason() == null || s.reason().isBlank())) {
                throw ProblemException.unprocessable("progress-decrease-needs-reason", "A decrease needs a reason",
                                "the report goes below the previous figures (" + previousPercent.stripTrailingZeros().toPlainString()
                                        + "%, " + previousInvestment.toPlainString() + " 万元); say why in reason")
                        .with("previousPercent", previousPercent).with("previousCompletedInvestment", previousInvestment.toPlainString());
            }
            Instant now = calendar.now();
            ProgressReport r = new ProgressReport();
            r.id = UUID.randomUUID();
            r.projectId = projectId;
            r.period = s.period();
            r.progressPercent = s.progressPercent();
            r.previousPercent = previousPercent;
            r.completedInvestment = investment;
            r.investmentThisMonth = s.investmentThisMonth();
            r.narrative = s.narrative();
            r.reason = s.reason() == null || s.reason().isBlank() ? null : s.reason().strip();
            r.reportedAt = now;
            r.reportedBy = caller.name();
            project.recordProgress(s.progressPercent(), investment, caller.name(), now);
            return r.<ProgressReport>persist()
                    .call(Panache::flush)
                    .call(saved -> outbox.append(EventType.PROGRESS_REPORTED, project.id.toString(), event(saved, project, previousInvestment)))
                    .map(ProgressReportView::of);
        });
    }

    private static ProgressReported event(ProgressReport r, Project p, BigDecimal previousInvestment) {
        return new ProgressReported(r.id, p.id, p.code, p.leadUnit, r.period, r.progressPercent, r.previousPercent,
                r.completedInvestment, previousInvestment, r.narrative, r.reason, p.version, r.reportedAt, r.reportedBy, r.investmentThisMonth);
    }
}
