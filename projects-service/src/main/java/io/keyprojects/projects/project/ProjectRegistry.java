package io.keyprojects.projects.project;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.projects.unit.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The registry's rules: registering projects, reading them, moving their phase. Call inside a transaction. */
@ApplicationScoped
public class ProjectRegistry {
    private final Outbox outbox;
    private final Clock clock;

    ProjectRegistry(Outbox outbox) {
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    public Uni<Project> find(UUID id) {
        return Project.<Project>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("project", id));
    }

    public Uni<ProjectView> register(ProjectRegistration r, String who) {
        checkDates(r);
        return requireUnitsExist(r)
                .chain(() -> Project.count("code", r.code()))
                .invoke(n -> {
                    if (n > 0) {
                        throw ProblemException.conflict("duplicate", "Conflict", "project code " + r.code() + " is already registered");
                    }
                })
                .chain(() -> newProject(r, who).<Project>persistAndFlush())
                .map(ProjectView::of)
                .call(view -> outbox.append(EventType.PROJECT_REGISTERED, view.id().toString(), view));
    }

    public Uni<ProjectView> changePhase(UUID id, PhaseChange change, String who) {
        return find(id).chain(project -> {
            ProjectPhase from = project.phase;
            if (!from.canMoveTo(change.phase())) {
                throw ProblemException.conflict("illegal-phase-change", "Illegal phase change",
                        "a project in " + from + " cannot move to " + change.phase())
                        .with("allowedMoves", from.allowedMoves());
            }
            Instant now = Instant.now(clock);
            project.moveTo(change.phase(), LocalDate.ofInstant(now, clock.getZone()));
            project.touchedBy(who, now);
            return Panache.flush().replaceWith(project)
                    .call(p -> outbox.append(EventType.PROJECT_PHASE_CHANGED, p.id.toString(),
                            new ProjectPhaseChanged(p.id, p.code, p.leadUnit, from.name(), p.phase.name(), p.actualStart, p.actualEnd,
                                    p.progressPercent, p.version, who, change.reason())))
                    .map(ProjectView::of);
        });
    }

    public Uni<Page<ProjectView>> list(ProjectFilter filter, PageRequest page, Sort sort) {
        PanacheQuery<Project> query = Project.find(filter.where(), sort, filter.parameters());
        return query.page(page.page(), page.size()).list()
                .chain(items -> query.count().map(total -> new Page<>(items.stream().map(ProjectView::of).toList(),
                        page.page(), page.size(), total)));
    }

    private Uni<Void> requireUnitsExist(ProjectRegistration r) {
        var codes = new HashSet<String>();
        codes.add(r.leadUnit());
        if (r.cooperatingUnits() != null) {
            codes.addAll(r.cooperatingUnits());
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

    private Project newProject(ProjectRegistration r, String who) {
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.code = r.code();
        p.name = r.name();
        p.description = r.description();
        p.category = r.category();
        p.year = r.year();
        p.leadUnit = r.leadUnit();
        p.leadOfficial = r.leadOfficial();
        p.cooperatingUnits = r.cooperatingUnits() == null ? new ArrayList<>() : new ArrayList<>(r.cooperatingUnits());
        p.township = r.township();
        p.latitude = r.latitude();
        p.longitude = r.longitude();
        p.plannedInvestment = r.plannedInvestment();
        p.annualPlannedInvestment = r.annualPlannedInvestment();
        p.plannedStart = r.plannedStart();
        p.plannedEnd = r.plannedEnd();
        Instant now = Instant.now(clock);
        p.createdAt = now;
        p.createdBy = who;
        p.touchedBy(who, now);
        return p;
    }
}
