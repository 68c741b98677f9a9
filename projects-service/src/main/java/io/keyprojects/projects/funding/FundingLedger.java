package io.keyprojects.projects.funding;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.FundingUpdated;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The funding of each project (资金) per source: read by all staff, stated whole by the commander or the
 * project's lead unit at the version it read; each change is published as funding-updated, whose gap a
 * FUNDING blocker points at. Call inside a transaction.
 */
@ApplicationScoped
public class FundingLedger {
    private final ProjectRegistry projects;
    private final Outbox outbox;
    private final CountyCalendar calendar;
    private final RequestBodies bodies;

    FundingLedger(ProjectRegistry projects, Outbox outbox, CountyCalendar calendar, RequestBodies bodies) {
        this.bodies = bodies;
        this.projects = projects;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public Uni<FundingView> find(UUID projectId) {
        return projects.find(projectId).chain(p -> FundingRecord.<FundingRecord>findById(projectId))
                .chain(sheet -> lines(projectId).map(lines -> FundingView.of(projectId, sheet, lines)));
    }

    /** Who may write is decided first; then If-Match, then the figures (422), then the version (412). */
    public Uni<FundingView> replace(UUID projectId, String ifMatch, FundingSheet sheet, Caller caller) {
        return projects.find(projectId).chain(project -> {
            caller.requireCommanderOrDepartmentOf(project.leadUnit, "change the funding of project " + project.code);
            bodies.readable(); // a body it cannot read is answered only to a caller who may write here
            IfMatch expected = IfMatch.required(ifMatch);
            Map<FundingSource, FundingSheet.Amounts> stated = check(sheet);
            return FundingRecord.<FundingRecord>findById(projectId, LockModeType.PESSIMISTIC_WRITE).chain(existing -> {
                long current = existing == null ? 0 : existing.version;
                expected.requireCurrent(current, "the funding of project " + project.code);
                return lines(projectId).chain(before -> {
                    if (existing != null && same(before, stated)) {
                        return Uni.createFrom().item(FundingView.of(projectId, existing, before)); // no new version, no event
                    }
                    FundingRecord r = existing != null ? existing : new FundingRecord();
                    r.projectId = projectId;
                    r.version = current + 1;
                    r.updatedAt = calendar.now();
                    r.updatedBy = caller.name();
                    Map<FundingSource, FundingLine> after = new EnumMap<>(FundingSource.class);
                    stated.forEach((source, a) -> after.put(source, line(projectId, source, a)));
                    Uni<?> saved = existing == null ? r.persist() : Uni.createFrom().item(r);
                    return saved.call(Panache::flush)
                            .call(() -> FundingLine.delete("projectId", projectId))
                            // a sheet with no source at all is a funding of nothing, not a failure (Panache refuses an empty persist)
                            .call(() -> after.isEmpty() ? Uni.createFrom().voidItem() : FundingLine.persist(after.values()))
                            .call(Panache::flush)
                            .map(x -> FundingView.of(projectId, r, after))
                            .call(view -> outbox.append(EventType.FUNDING_UPDATED, projectId.toString(), event(view, project)));
                });
            });
        });
    }

    private static Uni<Map<FundingSource, FundingLine>> lines(UUID projectId) {
        return FundingLine.<FundingLine>list("projectId", projectId).map(list -> {
            Map<FundingSource, FundingLine> bySource = new EnumMap<>(FundingSource.class);
            list.forEach(l -> bySource.put(l.source, l));
            return bySource;
        });
    }

    private static FundingLine line(UUID projectId, FundingSource source, FundingSheet.Amounts a) {
        FundingLine l = new FundingLine();
        l.id = UUID.randomUUID();
        l.projectId = projectId;
        l.source = source;
        l.planned = a.planned();
        l.secured = a.secured();
        l.paidOut = a.paidOut();
        return l;
    }

    /** The stated sources by source; 422 naming each wrong field as {@code sources[i].field}. */
    private static Map<FundingSource, FundingSheet.Amounts> check(FundingSheet sheet) {
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
        return bySource;
    }

    private static FundingSource sourceOf(String text) {
        try {
            return text == null ? null : FundingSource.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean same(Map<FundingSource, FundingLine> before, Map<FundingSource, FundingSheet.Amounts> stated) {
        if (!before.keySet().equals(stated.keySet())) {
            return false;
        }
        return stated.entrySet().stream().allMatch(e -> {
            FundingLine l = before.get(e.getKey());
            FundingSheet.Amounts a = e.getValue();
            return l.planned.compareTo(a.planned()) == 0 && l.secured.compareTo(a.secured()) == 0 && l.paidOut.compareTo(a.paidOut()) == 0;
        });
    }

    private static FundingUpdated event(FundingView v, Project p) {
        List<FundingUpdated.Source> sources = v.sources().stream()
                .map(s -> new FundingUpdated.Source(s.source().name(), s.planned(), s.secured(), s.paidOut())).toList();
        return new FundingUpdated(p.id, p.code, p.leadUnit, sources, v.planned(), v.secured(), v.paidOut(), v.gap(), v.version(),
                v.updatedAt(), v.updatedBy());
    }
}
