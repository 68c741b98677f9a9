package io.keyprojects.projects.annualtarget;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.AnnualTargetSet;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.projects.project.FigureErrors;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * The annual targets of each project (年度目标): read by all staff, stated whole per year by the commander or the
 * project's lead unit at the version it read. Each change is published as annual-target-set. Call inside a
 * transaction.
 */
@ApplicationScoped
public class AnnualTargets {
    private static final int MAX_TEXT = 500;
    private final ProjectRegistry projects;
    private final Outbox outbox;
    private final CountyCalendar calendar;

    AnnualTargets(ProjectRegistry projects, Outbox outbox, CountyCalendar calendar) {
        this.projects = projects;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public Uni<AnnualTargetView> find(UUID projectId, int year) {
        return projects.find(projectId).chain(p -> AnnualTarget.<AnnualTarget>findById(AnnualTarget.key(projectId, year)))
                .map(t -> t == null ? AnnualTargetView.none(projectId, year) : AnnualTargetView.of(t));
    }

    /** Who may write is decided first; then the figures (422), then If-Match against the version (428/412). */
    public Uni<AnnualTargetView> replace(UUID projectId, int year, String ifMatch, AnnualTargetSheet sheet, Caller caller) {
        return projects.find(projectId).chain(project -> {
            caller.requireCommanderOrDepartmentOf(project.leadUnit, "set the " + year + " target of project " + project.code);
            IfMatch expected = IfMatch.required(ifMatch);
            check(sheet);
            return AnnualTarget.<AnnualTarget>findById(AnnualTarget.key(projectId, year), LockModeType.PESSIMISTIC_WRITE).chain(existing -> {
                long current = existing == null ? 0 : existing.version;
                expected.requireCurrent(current, "the " + year + " target of project " + project.code);
                String text = blankToNull(sheet.physicalTarget());
                if (existing != null && same(existing, sheet, text)) {
                    return Uni.createFrom().item(AnnualTargetView.of(existing)); // nothing differs: no new version, no event
                }
                AnnualTarget t = existing != null ? existing : new AnnualTarget();
                t.projectId = projectId;
                t.year = year;
                t.investment = sheet.investment();
                t.physicalTarget = text;
                t.targetPercent = sheet.targetPercent();
                t.version = current + 1;
                t.updatedAt = calendar.now();
                t.updatedBy = caller.name();
                Uni<AnnualTarget> saved = existing == null ? t.persist() : Uni.createFrom().item(t);
                return saved.call(Panache::flush)
                        .call(x -> outbox.append(EventType.ANNUAL_TARGET_SET, projectId.toString(), event(x, project)))
                        .map(AnnualTargetView::of);
            });
        });
    }

    private static void check(AnnualTargetSheet s) {
        FigureErrors errors = new FigureErrors().nonNegative("investment", s.investment());
        BigDecimal percent = s.targetPercent();
        if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add("targetPercent", "between 0 and 100");
        } else if (percent != null && percent.stripTrailingZeros().scale() > 2) {
            errors.add("targetPercent", "at most two decimals");
        }
        String text = blankToNull(s.physicalTarget());
        if (text == null && percent == null) {
            errors.add("physicalTarget", "state the physical target (形象进度) as text, as targetPercent, or both");
        } else if (text != null && text.length() > MAX_TEXT) {
            errors.add("physicalTarget", "at most " + MAX_TEXT + " characters");
        }
        errors.throwIfAny("annual target");
    }

    private static boolean same(AnnualTarget t, AnnualTargetSheet s, String text) {
        return t.investment.compareTo(s.investment()) == 0 && Objects.equals(t.physicalTarget, text)
                && (t.targetPercent == null ? s.targetPercent() == null
                        : s.targetPercent() != null && t.targetPercent.compareTo(s.targetPercent()) == 0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static AnnualTargetSet event(AnnualTarget t, Project p) {
        return new AnnualTargetSet(p.id, p.code, p.leadUnit, t.year, t.investment, t.physicalTarget, t.targetPercent,
                t.version, t.updatedAt, t.updatedBy);
    }
}
