package io.keyprojects.projects.demolition;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.DemolitionCaseOpened;
import io.keyprojects.contracts.data.DemolitionCaseStepRecorded;
import io.keyprojects.contracts.data.DemolitionUpdated;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.projects.project.FigureErrors;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectRegistry;
import io.keyprojects.projects.sheet.SheetKind;
import io.keyprojects.projects.sheet.Stated;
import io.keyprojects.projects.sheet.StatedSheets;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Demolition and resettlement of each project (拆迁安置): the households and area to clear and the agreements
 * signed, a sheet its lead unit states ({@link StatedSheets}, published as demolition-updated), and per holdout
 * household a legal-procedure case whose steps are recorded in the law's order. Read by all staff; written by the
 * commander or the project's lead unit. Call inside a transaction.
 */
@ApplicationScoped
public class DemolitionDocket implements SheetKind<DemolitionSheet> {
    private final ProjectRegistry projects;
    private final StatedSheets sheets;
    private final Outbox outbox;
    private final CountyCalendar calendar;
    private final RequestBodies bodies;

    DemolitionDocket(ProjectRegistry projects, StatedSheets sheets, Outbox outbox, CountyCalendar calendar, RequestBodies bodies) {
        this.sheets = sheets;
        this.bodies = bodies;
        this.projects = projects;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public Uni<DemolitionView> find(UUID projectId) {
        return sheets.current(this, projectId, 0).map(DemolitionView::of);
    }

    public Uni<DemolitionView> replace(UUID projectId, String ifMatch, DemolitionSheet sheet, Caller caller) {
        return sheets.state(this, projectId, 0, ifMatch, sheet, caller).map(DemolitionView::of);
    }

    @Override
    public String name() {
        return "demolition";
    }

    @Override
    public Class<DemolitionSheet> type() {
        return DemolitionSheet.class;
    }

    @Override
    public String what(int period) {
        return "the demolition";
    }

    @Override
    public DemolitionSheet checked(DemolitionSheet sheet) {
        new FigureErrors().nonNegative("households", sheet.households()).nonNegative("floorArea", sheet.floorArea())
                .nonNegative("householdsSigned", sheet.householdsSigned())
                .atMost("householdsSigned", sheet.householdsSigned(), "households", sheet.households())
                .throwIfAny("demolition sheet");
        return new DemolitionSheet(sheet.households(), StatedSheets.twoDecimals(sheet.floorArea()), sheet.householdsSigned());
    }

    @Override
    public EventType eventType() {
        return EventType.DEMOLITION_UPDATED;
    }

    @Override
    public DemolitionUpdated event(Project p, Stated<DemolitionSheet> stated) {
        DemolitionSheet s = stated.sheet();
        return new DemolitionUpdated(p.id, p.code, p.leadUnit, s.households(), s.floorArea(), s.householdsSigned(),
                s.households() - s.householdsSigned(), stated.version(), stated.statedAt(), stated.statedBy());
    }

    /** The project's cases, oldest first, each with its steps. */
    public Uni<List<CaseView>> cases(UUID projectId) {
        return projects.find(projectId)
                .chain(p -> DemolitionCase.<DemolitionCase>list("projectId", Sort.ascending("openedAt", "id"), projectId))
                .chain(cases -> cases.isEmpty() ? Uni.createFrom().item(List.<CaseView>of()) : CaseStep.<CaseStep>list("caseId in ?1", Sort.ascending("position"),
                                cases.stream().map(c -> c.id).toList())
                        .map(steps -> {
                            Map<UUID, List<CaseStep>> byCase = steps.stream().collect(Collectors.groupingBy(s -> s.caseId));
                            return cases.stream().map(c -> CaseView.of(c, byCase.getOrDefault(c.id, List.of()))).toList();
                        }));
    }

    public Uni<CaseView> open(UUID projectId, CaseOpening opening, Caller caller) {
        return projects.find(projectId).chain(project -> {
            caller.requireCommanderOrDepartmentOf(project.leadUnit, "open a legal procedure on project " + project.code);
            bodies.readable(); // a body it cannot read is answered only to a caller who may write here
            FigureErrors errors = new FigureErrors();
            if (opening.household() == null || opening.household().isBlank()) {
                errors.add("household", "is required");
            } else if (opening.household().length() > 200) {
                errors.add("household", "at most 200 characters");
            }
            if (opening.address() != null && opening.address().length() > 500) {
                errors.add("address", "at most 500 characters");
            }
            errors.throwIfAny("case");
            DemolitionCase c = new DemolitionCase();
            c.id = UUID.randomUUID();
            c.projectId = projectId;
            c.household = opening.household().strip();
            c.address = opening.address() == null || opening.address().isBlank() ? null : opening.address().strip();
            c.openedAt = calendar.now();
            c.openedBy = caller.name();
            return c.<DemolitionCase>persist().call(Panache::flush)
                    .call(x -> outbox.append(EventType.DEMOLITION_CASE_OPENED, projectId.toString(),
                            new DemolitionCaseOpened(x.id, project.id, project.code, project.leadUnit, x.household, x.address,
                                    x.openedAt, x.openedBy)))
                    .map(x -> CaseView.of(x, List.of()));
        });
    }

    /**
     * Records the case's next step. A step other than the next one is 409 (none is skipped, none repeated);
     * its day may not come before the previous step's nor after today (422).
     */
    public Uni<CaseView> recordStep(UUID projectId, UUID caseId, StepRecording recording, Caller caller) {
        return projects.find(projectId).chain(project -> {
            caller.requireCommanderOrDepartmentOf(project.leadUnit, "record legal steps on project " + project.code);
            bodies.readable(); // a body it cannot read is answered only to a caller who may write here
            return DemolitionCase.<DemolitionCase>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(c -> {
                    if (c == null || !c.projectId.equals(projectId)) {
                        throw ProblemException.notFound("case", caseId);
                    }
                    LegalStep step = checkStep(recording);
                    return CaseStep.<CaseStep>list("caseId", Sort.ascending("position"), caseId)
                            .chain(taken -> record(project, c, new ArrayList<>(taken), step, recording, caller));
                });
        });
    }

    private Uni<CaseView> record(Project project, DemolitionCase c, List<CaseStep> taken, LegalStep step, StepRecording recording,
                                 Caller caller) {
        LegalStep next = LegalStep.after(taken.size()).orElse(null);
        if (step != next) {
            throw ProblemException.conflict("step-out-of-order", "Step out of order",
                    next == null ? "the case of " + c.household + " is enforced: no step comes after " + LegalStep.ENFORCEMENT
                            : "the case of " + c.household + " is due " + next + ", not " + step + ": steps go in order, none skipped")
                    .with("expectedStep", next == null ? "none" : next.name());
        }
        CaseStep previous = taken.isEmpty() ? null : taken.get(taken.size() - 1);
        if (previous != null && recording.date().isBefore(previous.takenOn)) {
            throw new FigureErrors().add("date", "must not be before the previous step (" + previous.step + " on " + previous.takenOn + ")")
                    .failure("step");
        }
        if (recording.date().isAfter(calendar.today())) {
            throw new FigureErrors().add("date", "a step is recorded once taken: not after today (" + calendar.today() + ")")
                    .failure("step");
        }
        CaseStep s = new CaseStep();
        s.id = UUID.randomUUID();
        s.caseId = c.id;
        s.position = step.position();
        s.step = step;
        s.takenOn = recording.date();
        s.note = recording.note() == null || recording.note().isBlank() ? null : recording.note().strip();
        s.recordedAt = calendar.now();
        s.recordedBy = caller.name();
        taken.add(s);
        LegalStep after = LegalStep.after(taken.size()).orElse(null);
        return s.persist().call(Panache::flush)
                .call(x -> outbox.append(EventType.DEMOLITION_CASE_STEP_RECORDED, project.id.toString(),
                        new DemolitionCaseStepRecorded(c.id, project.id, project.code, project.leadUnit, c.household, step.name(),
                                s.position, s.takenOn, s.note, after == null ? null : after.name(), s.recordedAt, s.recordedBy)))
                .map(x -> CaseView.of(c, taken));
    }

    private static LegalStep checkStep(StepRecording r) {
        FigureErrors errors = new FigureErrors().required("date", r.date());
        LegalStep step = null;
        if (r.step() == null) {
            errors.add("step", "is required");
        } else {
            try {
                step = LegalStep.valueOf(r.step().trim());
            } catch (IllegalArgumentException e) {
                errors.add("step", "one of " + Arrays.toString(LegalStep.values()));
            }
        }
        if (r.note() != null && r.note().length() > 2000) {
            errors.add("note", "at most 2000 characters");
        }
        errors.throwIfAny("step");
        return step;
    }
}
