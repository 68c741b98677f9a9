package io.keyprojects.projects.project;

import io.keyprojects.projects.project.events.ProjectEvents;
import io.keyprojects.contracts.EventType;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.projects.person.Person;
import io.keyprojects.projects.person.PersonKind;
import io.keyprojects.projects.person.PersonRegistry;
import io.keyprojects.projects.unit.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The registry's rules: registering projects, reading them, moving their phase. Call inside a transaction. */
@ApplicationScoped
public class ProjectRegistry {
    private final Outbox outbox;
    private final CountyCalendar calendar;
    private final PersonRegistry people;

    ProjectRegistry(Outbox outbox, CountyCalendar calendar, PersonRegistry people) {
        this.outbox = outbox;
        this.calendar = calendar;
        this.people = people;
    }

    public Uni<Project> find(UUID id) {
        return Project.<Project>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("project", id));
    }

    public Uni<ProjectView> register(ProjectRegistration r, String who) {
        checkDates(r);
        return requireUnitsExist(r)
                .chain(() -> namedPeople(r.leadOfficialId(), r.responsiblePersonId(), r.leadUnit()))
                .chain(() -> Project.count("code", r.code()))
                .invoke(n -> {
                    if (n > 0) {
                        throw ProblemException.conflict("duplicate", "Conflict", "project code " + r.code() + " is already registered");
                    }
                })
                .chain(() -> people.requireKnown("leadOfficialId", r.leadOfficialId()))
                .chain(leader -> newProject(r, leader, who).<Project>persistAndFlush())
                .call(p -> outbox.append(EventType.PROJECT_REGISTERED, p.id.toString(), ProjectEvents.registered(p)))
                .map(ProjectView::of);
    }

    public Uni<ProjectView> changePhase(UUID id, PhaseChange change, String who) {
        return find(id).chain(project -> {
            ProjectPhase from = project.phase;
            if (!from.canMoveTo(change.phase())) {
                throw ProblemException.conflict("illegal-phase-change", "Illegal phase change",
                        "a project in " + from + " cannot move to " + change.phase())
                        .with("allowedMoves", from.allowedMoves());
            }
            Instant now = calendar.now();
            project.moveTo(change.phase(), calendar.dayOf(now));
            project.touchedBy(who, now);
            return Panache.flush().replaceWith(project)
                    .call(p -> outbox.append(EventType.PROJECT_PHASE_CHANGED, p.id.toString(),
                            ProjectEvents.phaseChanged(p, from, who, change.reason())))
                    .map(ProjectView::of);
        });
    }

    /**
     * Applies a merge patch at the version the client read. The commander edits any field; a department
     * only {@link ProjectEdit#PROGRESS_FIELDS} of a project its unit leads.
     */
    public Uni<ProjectView> update(UUID id, IfMatch ifMatch, ProjectPatch patch, Caller caller) {
        return find(id).chain(project -> {
            authorizeEdit(project, patch.fields(), caller);
            ifMatch.requireCurrent(project.version, "project " + project.code);
            if (!caller.is(Roles.COMMANDER)) {
                refuseSilentDecrease(project, patch);
            }
            Uni<Void> unitsChecked = patch.has("leadUnit") || patch.has("cooperatingUnits")
                    ? requireUnitsExist(patch.has("leadUnit") ? patch.values().leadUnit() : project.leadUnit,
                            patch.has("cooperatingUnits") ? codes(patch.values().cooperatingUnits()) : List.of())
                    : Uni.createFrom().voidItem();
            UUID leadOfficialId = patch.has("leadOfficialId") ? patch.values().leadOfficialId() : project.leadOfficialId;
            UUID responsibleId = patch.has("responsiblePersonId") ? patch.values().responsiblePersonId() : project.responsiblePersonId;
            String leadUnit = patch.has("leadUnit") ? patch.values().leadUnit() : project.leadUnit;
            boolean peopleTouched = patch.has("leadOfficialId") || patch.has("responsiblePersonId") || patch.has("leadUnit");
            Uni<Person> peopleChecked = peopleTouched
                    ? namedPeople(patch.has("leadOfficialId") ? leadOfficialId : null, responsibleId, leadUnit)
                            .chain(() -> people.requireKnown("leadOfficialId", patch.has("leadOfficialId") ? leadOfficialId : null))
                    : Uni.createFrom().nullItem();
            return unitsChecked.chain(() -> peopleChecked).chain(leader -> {
                List<String> changed = patch.applyTo(project, leader);
                if (changed.isEmpty()) {
                    return Uni.createFrom().item(ProjectView.of(project)); // nothing differs: no new version, no event
                }
                Instant now = calendar.now();
                project.touchedBy(caller.name(), now);
                return Panache.flush().replaceWith(project)
                        .call(p -> outbox.append(EventType.PROJECT_UPDATED, p.id.toString(), ProjectEvents.updated(p, changed)))
                        .map(ProjectView::of);
            });
        });
    }

    static void authorizeEdit(Project project, Collection<String> fields, Caller caller) {
        if (caller.is(Roles.COMMANDER)) {
            return;
        }
        if (!caller.isDepartmentOf(project.leadUnit)) {
            throw ProblemException.forbidden("only the commander or the lead unit " + project.leadUnit + " may change project " + project.code);
        }
        List<String> notAllowed = fields.stream().filter(f -> !ProjectEdit.PROGRESS_FIELDS.contains(f)).toList();
        if (!notAllowed.isEmpty()) {
            throw ProblemException.forbidden("a department may change only " + ProjectEdit.PROGRESS_FIELDS_TEXT
                    + "; ask the commander to change " + String.join(", ", notAllowed)).with("fields", notAllowed);
        }
    }

    /** A department lowers its figures only through a progress report, which records why. */
    private static void refuseSilentDecrease(Project project, ProjectPatch patch) {
        ProjectEdit v = patch.values();
        boolean lower = (patch.has("progressPercent") && v.progressPercent().compareTo(project.progressPercent) < 0)
                || (patch.has("completedInvestment") && v.completedInvestment().compareTo(project.completedInvestment) < 0);
        if (lower) {
            throw ProblemException.unprocessable("progress-decrease-needs-reason", "A decrease needs a reason",
                    "to go below the previous figures, file a progress report (POST /api/projects/" + project.id
                            + "/progress) with a reason").with("previousPercent", project.progressPercent);
        }
    }

    /**
     * The people a project names exist and fit (422 otherwise): the lead official (牵头领导) is a county leader, the
     * responsible person (专人) one of the lead unit's own. {@code null} ids are not checked (nobody named, or unchanged).
     */
    private Uni<Void> namedPeople(UUID leadOfficialId, UUID responsiblePersonId, String leadUnit) {
        return people.requireKnown("leadOfficialId", leadOfficialId).invoke(leader -> {
            if (leader != null && leader.kind != PersonKind.COUNTY_LEADER) {
                throw notEligible("the lead official (牵头领导) is a county leader; " + leader.name + " is " + leader.kind,
                        "leadOfficialId", "must name a COUNTY_LEADER");
            }
        }).chain(() -> people.requireKnown("responsiblePersonId", responsiblePersonId)).invoke(responsible -> {
            if (responsible != null && !leadUnit.equals(responsible.unit)) {
                throw notEligible("the responsible person (专人) is one of the lead unit " + leadUnit + "'s own; " + responsible.name
                        + " is of " + responsible.unit, "responsiblePersonId", "must name a person of " + leadUnit);
            }
        }).replaceWithVoid();
    }

    private static ProblemException notEligible(String detail, String field, String message) {
        return new ProblemException(io.keyprojects.platform.problem.Problem.of(422, "person-not-eligible", "Person not eligible", detail)
                .withErrors(Map.of(field, message)));
    }

    static List<String> codes(List<CooperatingUnit> cooperating) {
        return cooperating == null ? List.of() : cooperating.stream().map(CooperatingUnit::unit).toList();
    }

    private Uni<Void> requireUnitsExist(ProjectRegistration r) {
        return requireUnitsExist(r.leadUnit(), codes(r.cooperatingUnits()));
    }

    private Uni<Void> requireUnitsExist(String leadUnit, List<String> cooperatingUnits) {
        var codes = new HashSet<String>();
        codes.add(leadUnit);
        if (cooperatingUnits != null) {
            codes.addAll(cooperatingUnits);
        }
        return Unit.<Unit>list("code in ?1", List.copyOf(codes)).invoke(found -> {
            var unknown = new ArrayList<>(codes);
            found.forEach(u -> unknown.remove(u.code));
            if (!unknown.isEmpty()) {
                throw ProblemException.unprocessable("unknown-unit", "Unknown unit", "no such unit: " + String.join(", ", unknown))
                        .with("unknownUnits", unknown);
            }
        }).replaceWithVoid();
    }

    private static void checkDates(ProjectRegistration r) {
        if (r.plannedStart() != null && r.plannedEnd() != null && r.plannedEnd().isBefore(r.plannedStart())) {
            throw ProblemException.badRequest("the planned end is before the planned start",
                    Map.of("plannedEnd", "must not be before plannedStart"));
        }
    }

    private Project newProject(ProjectRegistration r, Person leader, String who) {
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.code = r.code();
        p.name = r.name();
        p.description = r.description();
        p.category = r.category();
        p.year = r.year();
        p.leadUnit = r.leadUnit();
        p.leadOfficial = leader != null ? Project.leadOfficialLabel(leader) : r.leadOfficial();
        p.leadOfficialId = r.leadOfficialId();
        p.responsiblePersonId = r.responsiblePersonId();
        p.cooperatingUnits = new ArrayList<>(codes(r.cooperatingUnits()));
        p.cooperatingTasks = ProjectPatch.tasks(r.cooperatingUnits(), Map.of());
        p.township = r.township();
        p.latitude = r.latitude();
        p.longitude = r.longitude();
        p.plannedInvestment = r.plannedInvestment();
        p.annualPlannedInvestment = r.annualPlannedInvestment();
        p.plannedStart = r.plannedStart();
        p.plannedEnd = r.plannedEnd();
        Instant now = calendar.now();
        p.createdAt = now;
        p.createdBy = who;
        p.touchedBy(who, now);
        return p;
    }
}
