package io.keyprojects.projects.land;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.LandUpdated;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.projects.project.FigureErrors;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectRegistry;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;

/**
 * The land sheet of each project (用地): read by all staff, written whole by the commander or the project's
 * lead unit at the version it read. Each change is published as land-updated. Call inside a transaction.
 */
@ApplicationScoped
public class LandRegister {
    private final ProjectRegistry projects;
    private final Outbox outbox;
    private final CountyCalendar calendar;
    private final RequestBodies bodies;

    LandRegister(ProjectRegistry projects, Outbox outbox, CountyCalendar calendar, RequestBodies bodies) {
        this.bodies = bodies;
        this.projects = projects;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public Uni<LandView> find(UUID projectId) {
        return projects.find(projectId).chain(p -> LandRecord.<LandRecord>findById(projectId))
                .map(r -> r == null ? LandView.none(projectId) : LandView.of(r));
    }

    /** Who may write is decided first; then If-Match, then the figures (422), then the version (412). */
    public Uni<LandView> replace(UUID projectId, String ifMatch, LandSheet sheet, Caller caller) {
        return projects.find(projectId).chain(project -> {
            caller.requireCommanderOrDepartmentOf(project.leadUnit, "change the land of project " + project.code);
            bodies.readable(); // a body it cannot read is answered only to a caller who may write here
            IfMatch expected = IfMatch.required(ifMatch);
            LandApprovalStage stage = check(sheet);
            return LandRecord.<LandRecord>findById(projectId, LockModeType.PESSIMISTIC_WRITE).chain(existing -> {
                long current = existing == null ? 0 : existing.version;
                expected.requireCurrent(current, "the land of project " + project.code);
                LandRecord r = existing != null ? existing : new LandRecord();
                if (existing != null && same(r, sheet, stage)) {
                    return Uni.createFrom().item(LandView.of(r)); // nothing differs: no new version, no event
                }
                r.projectId = projectId;
                r.areaNeeded = sheet.areaNeeded();
                r.quotaSecured = sheet.quotaSecured();
                r.balanceSecured = sheet.balanceSecured();
                r.approvalStage = stage;
                r.note = blankToNull(sheet.note());
                r.version = current + 1;
                r.updatedAt = calendar.now();
                r.updatedBy = caller.name();
                Uni<LandRecord> saved = existing == null ? r.persist() : Uni.createFrom().item(r);
                return saved.call(Panache::flush)
                        .call(x -> outbox.append(EventType.LAND_UPDATED, projectId.toString(), event(x, project)))
                        .map(LandView::of);
            });
        });
    }

    private static LandApprovalStage check(LandSheet s) {
        FigureErrors errors = new FigureErrors()
                .nonNegative("areaNeeded", s.areaNeeded())
                .nonNegative("quotaSecured", s.quotaSecured())
                .nonNegative("balanceSecured", s.balanceSecured())
                .atMost("quotaSecured", s.quotaSecured(), "areaNeeded", s.areaNeeded())
                .atMost("balanceSecured", s.balanceSecured(), "areaNeeded", s.areaNeeded());
        LandApprovalStage stage = null;
        if (s.approvalStage() == null) {
            errors.add("approvalStage", "is required");
        } else {
            try {
                stage = LandApprovalStage.valueOf(s.approvalStage().trim());
            } catch (IllegalArgumentException e) {
                errors.add("approvalStage", "one of " + Arrays.toString(LandApprovalStage.values()));
            }
        }
        if (s.note() != null && s.note().length() > 2000) {
            errors.add("note", "at most 2000 characters");
        }
        errors.throwIfAny("land sheet");
        return stage;
    }

    private static boolean same(LandRecord r, LandSheet s, LandApprovalStage stage) {
        return equal(r.areaNeeded, s.areaNeeded()) && equal(r.quotaSecured, s.quotaSecured())
                && equal(r.balanceSecured, s.balanceSecured()) && r.approvalStage == stage
                && java.util.Objects.equals(r.note, blankToNull(s.note()));
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LandUpdated event(LandRecord r, Project p) {
        return new LandUpdated(p.id, p.code, p.leadUnit, r.areaNeeded, r.quotaSecured, r.balanceSecured, r.approvalStage.name(),
                r.version, r.updatedAt, r.updatedBy);
    }
}
