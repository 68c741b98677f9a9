package io.keyprojects.issues.issue;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.issues.link.BlockerLinks;
import io.keyprojects.issues.project.KnownProject;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.platform.people.KnownPeople;
import io.keyprojects.platform.units.KnownUnits;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The rules of reporting a blocker: a known project, a reporter entitled to it, a known responsible unit, an SLA deadline. */
@ApplicationScoped
public class IssueReporting {
    private final Outbox outbox;
    private final SlaPolicy sla;
    private final CountyCalendar calendar;
    private final KnownUnits units;
    private final RequestBodies bodies;
    private final BlockerLinks links;
    private final KnownPeople people;

    IssueReporting(Outbox outbox, SlaPolicy sla, CountyCalendar calendar, KnownUnits units, RequestBodies bodies, BlockerLinks links,
                   KnownPeople people) {
        this.bodies = bodies;
        this.links = links;
        this.people = people;
        this.outbox = outbox;
        this.sla = sla;
        this.calendar = calendar;
        this.units = units;
    }

    public Uni<IssueView> report(IssueReport report, Caller caller) {
        if (report == null || report.projectId() == null) {
            bodies.valid(report); // no project named: nothing to decide the right on
        }
        return KnownProject.<KnownProject>findById(report.projectId())
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("unknown-project", "Unknown project",
                        "project " + report.projectId() + " is not a registered key project"))
                .invoke(project -> requireEntitled(project, caller))
                .invoke(() -> bodies.valid(report))
                .call(project -> units.requireKnown("responsibleUnit", report.responsibleUnit()))
                .call(project -> checkLinks(report))
                .call(project -> people.requireKnown("responsiblePerson", report.responsiblePerson()))
                .chain(project -> newIssue(report, caller.name()).<Issue>persist())
                .call(issue -> IssueHistoryEntry.of(issue, HistoryAction.REPORTED, null, issue.reportedBy,
                        issue.description, issue.createdAt).persistAndFlush())
                .map(issue -> IssueView.of(issue, calendar.today()))
                .call(view -> outbox.append(EventType.ISSUE_REPORTED, view.id().toString(), new IssueReported(
                        view.id(), view.projectId(), view.category().name(), view.severity().name(), view.title(),
                        view.responsibleUnit(), view.dueDate(), view.status().name(), view.reportedBy(), view.responsiblePerson())));
    }

    /** A named legal case must be one of the project's; a funding-gap link is for a FUNDING blocker of a project whose funding falls short. */
    private Uni<Void> checkLinks(IssueReport report) {
        Uni<Void> caseChecked = report.legalCaseId() == null ? Uni.createFrom().voidItem()
                : links.requireCaseOf(report.projectId(), report.legalCaseId());
        if (!Boolean.TRUE.equals(report.fundingGap())) {
            return caseChecked;
        }
        if (report.category() != IssueCategory.FUNDING) {
            throw new ProblemException(Problem.of(422, "link-mismatch", "Link does not fit the category",
                    "only a FUNDING blocker points at its project's funding gap").withErrors(Map.of("fundingGap", "only for category FUNDING")));
        }
        return caseChecked.chain(() -> links.requireGapOf(report.projectId()));
    }

    /** Commander and supervisor report on any project; a department on projects it leads or helps. */
    private static void requireEntitled(KnownProject project, Caller caller) {
        boolean entitled = caller.is(Roles.COMMANDER) || caller.is(Roles.SUPERVISOR)
                || (caller.is(Roles.DEPARTMENT) && caller.unit().map(project::involves).orElse(false));
        if (!entitled) {
            throw ProblemException.forbidden("a department reports blockers only on projects its unit leads or cooperates on");
        }
    }

    private Issue newIssue(IssueReport report, String who) {
        Instant now = calendar.now();
        Issue issue = new Issue();
        issue.id = UUID.randomUUID();
        issue.projectId = report.projectId();
        issue.category = report.category();
        issue.severity = report.severity();
        issue.title = report.title();
        issue.description = report.description();
        issue.responsibleUnit = report.responsibleUnit();
        issue.legalCaseId = report.legalCaseId();
        issue.fundingGapLinked = Boolean.TRUE.equals(report.fundingGap());
        issue.responsiblePerson = report.responsiblePerson();
        issue.reportedBy = who;
        issue.dueDate = report.dueDate() != null ? report.dueDate()
                : sla.dueDate(report.severity(), calendar.dayOf(now));
        issue.createdAt = now;
        issue.updatedAt = now;
        return issue;
    }
}
