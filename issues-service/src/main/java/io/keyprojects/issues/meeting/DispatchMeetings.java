package io.keyprojects.issues.meeting;

import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.MeetingDecisionRecorded;
import io.keyprojects.issues.issue.HistoryAction;
import io.keyprojects.issues.issue.Issue;
import io.keyprojects.issues.issue.IssueStatus;
import io.keyprojects.issues.issue.IssueWorkflow;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.platform.people.KnownPeople;
import io.keyprojects.platform.units.KnownUnits;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Dispatch meetings (调度会): recording them with their agenda, and their decisions. A decision hands a blocker
 * to the assigned unit with a new deadline and puts it in coordination. Call inside a transaction.
 */
@ApplicationScoped
public class DispatchMeetings {
    private final IssueWorkflow workflow;
    private final Outbox outbox;
    private final CountyCalendar calendar;
    private final KnownUnits units;

    private final KnownPeople people;

    DispatchMeetings(IssueWorkflow workflow, Outbox outbox, CountyCalendar calendar, KnownUnits units, KnownPeople people) {
        this.people = people;
        this.workflow = workflow;
        this.outbox = outbox;
        this.calendar = calendar;
        this.units = units;
    }

    public Uni<MeetingView> convene(MeetingPlan plan, String who) {
        List<UUID> agenda = List.copyOf(new LinkedHashSet<>(plan.agenda()));
        return Issue.<Issue>list("id in ?1", agenda).map(found -> {
            List<UUID> unknown = new ArrayList<>(agenda);
            found.forEach(i -> unknown.remove(i.id));
            if (!unknown.isEmpty()) {
                throw ProblemException.unprocessable("unknown-issue", "Unknown issue",
                        "no such blocker: " + unknown).with("unknownIssues", unknown);
            }
            List<UUID> done = found.stream().filter(i -> !i.status.isActive()).map(i -> i.id).toList();
            if (!done.isEmpty()) {
                throw ProblemException.unprocessable("issue-not-open", "Blocker not open",
                        "resolved or closed blockers do not go on a dispatch meeting's agenda: " + done).with("notOpen", done);
            }
            Meeting m = new Meeting();
            m.id = UUID.randomUUID();
            m.heldOn = plan.heldOn();
            m.title = plan.title();
            m.convener = plan.convener();
            m.attendees = plan.attendees() == null ? List.of() : List.copyOf(plan.attendees());
            m.agenda = agenda.stream().map(UUID::toString).toList();
            m.createdBy = who;
            m.createdAt = calendar.now();
            return m;
        }).chain(m -> m.<Meeting>persistAndFlush()).map(m -> MeetingView.of(m, List.of()));
    }

    public Uni<MeetingView> get(UUID id) {
        return find(id).chain(m -> MeetingDecision.<MeetingDecision>list("meetingId = ?1 order by decidedAt", id)
                .map(decisions -> MeetingView.of(m, decisions)));
    }

    /** Meetings held between {@code from} and {@code to} (inclusive, either open), newest first. */
    public Uni<Page<MeetingView>> list(LocalDate from, LocalDate to, PageRequest page) {
        PanacheQuery<Meeting> query = Meeting.find("heldOn >= :from and heldOn <= :to", Sort.descending("heldOn", "createdAt"),
                Parameters.with("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                        .and("to", to == null ? LocalDate.of(9999, 12, 31) : to));
        return PagedQuery.pageOfLists(query, page, meetings -> decisionsOf(meetings)
                .map(decisions -> meetings.stream().map(m -> MeetingView.of(m, decisions)).toList()));
    }

    private static Uni<List<MeetingDecision>> decisionsOf(List<Meeting> meetings) {
        return meetings.isEmpty() ? Uni.createFrom().item(List.of())
                : MeetingDecision.list("meetingId in ?1 order by decidedAt", meetings.stream().map(m -> m.id).toList());
    }

    public Uni<MeetingView.Decision> decide(UUID meetingId, DecisionRequest request, String who) {
        LocalDate today = workflow.today();
        if (request.deadline().isBefore(today)) {
            throw ProblemException.badRequest("a decision's deadline cannot be in the past",
                    Map.of("deadline", "must be today or later"));
        }
        return find(meetingId).chain(meeting -> {
            if (!meeting.hasOnAgenda(request.issueId())) {
                throw ProblemException.unprocessable("not-on-agenda", "Not on the agenda",
                        "blocker " + request.issueId() + " is not on this meeting's agenda");
            }
            return MeetingDecision.count("meetingId = ?1 and issueId = ?2", meetingId, request.issueId())
                    .invoke(n -> {
                        if (n > 0) {
                            throw ProblemException.conflict("decision-exists", "Decision already recorded",
                                    "this meeting already decided on blocker " + request.issueId());
                        }
                    })
                    .chain(() -> workflow.find(request.issueId()))
                    .call(() -> units.requireKnown("assignedUnit", request.assignedUnit()))
                    .call(() -> people.requireKnown("responsiblePerson", request.responsiblePerson()))
                    .chain(issue -> record(meeting, issue, request, who));
        });
    }

    private Uni<MeetingView.Decision> record(Meeting meeting, Issue issue, DecisionRequest request, String who) {
        if (issue.status != IssueStatus.IN_COORDINATION && !issue.status.canMoveTo(IssueStatus.IN_COORDINATION)) {
            throw ProblemException.conflict("illegal-transition", "Illegal transition",
                    "a blocker in " + issue.status + " cannot be put into coordination by a meeting decision")
                    .with("allowedMoves", issue.status.allowedMoves());
        }
        MeetingDecision d = new MeetingDecision();
        d.id = UUID.randomUUID();
        d.meetingId = meeting.id;
        d.issueId = issue.id;
        d.assignedUnit = request.assignedUnit();
        d.responsiblePerson = request.responsiblePerson();
        d.deadline = request.deadline();
        d.decision = request.decision();
        d.decidedBy = who;
        d.decidedAt = calendar.now();
        // the decision becomes the blocker's next deadline and its responsible unit
        issue.responsibleUnit = request.assignedUnit();
        issue.responsiblePerson = request.responsiblePerson();
        issue.dueDate = request.deadline();
        return d.persist()
                .chain(() -> workflow.apply(issue, IssueStatus.IN_COORDINATION, who, request.decision(), null, false,
                        HistoryAction.MEETING_DECISION, meeting.id))
                .chain(i -> outbox.append(EventType.MEETING_DECISION_RECORDED, i.id.toString(), new MeetingDecisionRecorded(
                        meeting.id, meeting.heldOn, i.id, i.projectId, d.assignedUnit, d.deadline, d.decision, who, d.responsiblePerson)))
                .replaceWith(MeetingView.Decision.of(d));
    }

    private static Uni<Meeting> find(UUID id) {
        return Meeting.<Meeting>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("meeting", id));
    }
}
