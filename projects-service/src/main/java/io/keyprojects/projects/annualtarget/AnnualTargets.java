package io.keyprojects.projects.annualtarget;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.AnnualTargetSet;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.projects.project.FigureErrors;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.sheet.SheetKind;
import io.keyprojects.projects.sheet.Stated;
import io.keyprojects.projects.sheet.StatedSheets;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The annual targets of each project (年度目标), one sheet per year that its lead unit states ({@link StatedSheets}):
 * each change is published as annual-target-set, and every version is kept, so a past day's figures are judged
 * against the targets in force that day.
 */
@ApplicationScoped
public class AnnualTargets implements SheetKind<AnnualTargetSheet> {
    private static final int MAX_TEXT = 500;
    private final StatedSheets sheets;

    AnnualTargets(StatedSheets sheets) {
        this.sheets = sheets;
    }

    public Uni<AnnualTargetView> find(UUID projectId, int year) {
        return sheets.current(this, projectId, year).map(AnnualTargetView::of);
    }

    public Uni<AnnualTargetView> replace(UUID projectId, int year, String ifMatch, AnnualTargetSheet sheet, Caller caller) {
        return sheets.state(this, projectId, year, ifMatch, sheet, caller).map(AnnualTargetView::of);
    }

    /** The investment each project was to complete in {@code year} by the targets stated before {@code cutoff} (万元). */
    public Uni<Map<UUID, BigDecimal>> investmentsInForce(int year, Instant cutoff) {
        return sheets.inForce(this, year, cutoff).map(targets -> targets.values().stream()
                .collect(Collectors.toMap(Stated::projectId, t -> t.sheet().investment())));
    }

    @Override
    public String name() {
        return "annual-target";
    }

    @Override
    public Class<AnnualTargetSheet> type() {
        return AnnualTargetSheet.class;
    }

    @Override
    public String what(int year) {
        return "the " + year + " target";
    }

    @Override
    public String verb() {
        return "set";
    }

    @Override
    public AnnualTargetSheet checked(AnnualTargetSheet s) {
        FigureErrors errors = new FigureErrors().nonNegative("investment", s.investment());
        BigDecimal percent = s.targetPercent();
        if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add("targetPercent", "between 0 and 100");
        } else if (percent != null && percent.stripTrailingZeros().scale() > 2) {
            errors.add("targetPercent", "at most two decimals");
        }
        String text = StatedSheets.text(s.physicalTarget());
        if (text == null && percent == null) {
            errors.add("physicalTarget", "state the physical target (形象进度) as text, as targetPercent, or both");
        } else if (text != null && text.length() > MAX_TEXT) {
            errors.add("physicalTarget", "at most " + MAX_TEXT + " characters");
        }
        errors.throwIfAny("annual target");
        return new AnnualTargetSheet(StatedSheets.twoDecimals(s.investment()), text, StatedSheets.twoDecimals(percent));
    }

    @Override
    public EventType eventType() {
        return EventType.ANNUAL_TARGET_SET;
    }

    @Override
    public AnnualTargetSet event(Project p, Stated<AnnualTargetSheet> stated) {
        AnnualTargetSheet t = stated.sheet();
        return new AnnualTargetSet(p.id, p.code, p.leadUnit, stated.period(), t.investment(), t.physicalTarget(), t.targetPercent(),
                stated.version(), stated.statedAt(), stated.statedBy());
    }
}
