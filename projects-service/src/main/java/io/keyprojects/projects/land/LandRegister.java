package io.keyprojects.projects.land;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.LandUpdated;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.projects.project.FigureErrors;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.sheet.SheetKind;
import io.keyprojects.projects.sheet.Stated;
import io.keyprojects.projects.sheet.StatedSheets;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.UUID;

/**
 * The land sheet of each project (用地), a sheet its lead unit states ({@link StatedSheets}): each change is published
 * as land-updated.
 */
@ApplicationScoped
public class LandRegister implements SheetKind<LandSheet> {
    private final StatedSheets sheets;

    LandRegister(StatedSheets sheets) {
        this.sheets = sheets;
    }

    public Uni<LandView> find(UUID projectId) {
        return sheets.current(this, projectId, 0).map(LandView::of);
    }

    public Uni<LandView> replace(UUID projectId, String ifMatch, LandSheet sheet, Caller caller) {
        return sheets.state(this, projectId, 0, ifMatch, sheet, caller).map(LandView::of);
    }

    @Override
    public String name() {
        return "land";
    }

    @Override
    public Class<LandSheet> type() {
        return LandSheet.class;
    }

    @Override
    public String what(int period) {
        return "the land";
    }

    @Override
    public LandSheet checked(LandSheet s) {
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
        return new LandSheet(StatedSheets.twoDecimals(s.areaNeeded()), StatedSheets.twoDecimals(s.quotaSecured()),
                StatedSheets.twoDecimals(s.balanceSecured()), stage.name(), StatedSheets.text(s.note()));
    }

    @Override
    public EventType eventType() {
        return EventType.LAND_UPDATED;
    }

    @Override
    public LandUpdated event(Project p, Stated<LandSheet> stated) {
        LandSheet s = stated.sheet();
        return new LandUpdated(p.id, p.code, p.leadUnit, s.areaNeeded(), s.quotaSecured(), s.balanceSecured(), s.approvalStage(),
                stated.version(), stated.statedAt(), stated.statedBy());
    }
}
