package io.keyprojects.projects.funding;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.FundingUpdated;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.projects.project.FigureErrors;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.sheet.SheetKind;
import io.keyprojects.projects.sheet.Stated;
import io.keyprojects.projects.sheet.StatedSheets;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The funding of each project (资金) per source, a sheet its lead unit states ({@link StatedSheets}): each change is
 * published as funding-updated, whose gap a FUNDING blocker points at.
 */
@ApplicationScoped
public class FundingLedger implements SheetKind<FundingSheet> {
    private final StatedSheets sheets;

    FundingLedger(StatedSheets sheets) {
        this.sheets = sheets;
    }

    public Uni<FundingView> find(UUID projectId) {
        return sheets.current(this, projectId, 0).map(FundingView::of);
    }

    public Uni<FundingView> replace(UUID projectId, String ifMatch, FundingSheet sheet, Caller caller) {
        return sheets.state(this, projectId, 0, ifMatch, sheet, caller).map(FundingView::of);
    }

    @Override
    public String name() {
        return "funding";
    }

    @Override
    public Class<FundingSheet> type() {
        return FundingSheet.class;
    }

    @Override
    public String what(int period) {
        return "the funding";
    }

    /** The stated sources in the county's order; 422 naming each wrong field as {@code sources[i].field}. */
    @Override
    public FundingSheet checked(FundingSheet sheet) {
        FigureErrors errors = new FigureErrors();
        Map<FundingSource, FundingSheet.Amounts> bySource = new EnumMap<>(FundingSource.class);
        List<FundingSheet.Amounts> sources = sheet.sources();
        if (sources == null) {
            errors.add("sources", "is required (an empty list when nothing is funded)");
            sources = List.of();
        }
        for (int i = 0; i < sources.size(); i++) {
            String at = "sources[" + i + "].";
            FundingSheet.Amounts a = sources.get(i);
            if (a == null) {
                errors.add("sources[" + i + "]", "is required");
                continue;
            }
            errors.nonNegative(at + "planned", a.planned()).nonNegative(at + "secured", a.secured())
                    .nonNegative(at + "paidOut", a.paidOut())
                    .atMost(at + "secured", a.secured(), "planned", a.planned())
                    .atMost(at + "paidOut", a.paidOut(), "secured", a.secured());
            FundingSource source = sourceOf(a.source());
            if (source == null) {
                errors.add(at + "source", "one of " + Arrays.toString(FundingSource.values()));
            } else if (bySource.putIfAbsent(source, a) != null) {
                errors.add(at + "source", source + " is stated twice");
            }
        }
        errors.throwIfAny("funding sheet");
        return new FundingSheet(bySource.entrySet().stream().map(e -> new FundingSheet.Amounts(e.getKey().name(),
                StatedSheets.twoDecimals(e.getValue().planned()), StatedSheets.twoDecimals(e.getValue().secured()),
                StatedSheets.twoDecimals(e.getValue().paidOut()))).toList());
    }

    private static FundingSource sourceOf(String text) {
        try {
            return text == null ? null : FundingSource.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public EventType eventType() {
        return EventType.FUNDING_UPDATED;
    }

    @Override
    public FundingUpdated event(Project p, Stated<FundingSheet> stated) {
        FundingView v = FundingView.of(stated);
        List<FundingUpdated.Source> sources = v.sources().stream()
                .map(s -> new FundingUpdated.Source(s.source().name(), s.planned(), s.secured(), s.paidOut())).toList();
        return new FundingUpdated(p.id, p.code, p.leadUnit, sources, v.planned(), v.secured(), v.paidOut(), v.gap(), v.version(),
                v.updatedAt(), v.updatedBy());
    }
}
