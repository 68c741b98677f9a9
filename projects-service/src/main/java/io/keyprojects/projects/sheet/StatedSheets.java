package io.keyprojects.projects.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.projects.project.ProjectRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way a unit states a sheet about a project (land, funding, demolition, a year's target): read by all staff,
 * stated whole by the commander or the project's lead unit at the version it read (If-Match), each change a new
 * version kept for good and published as the kind's event. Who may write is decided first; then the body is read,
 * If-Match required (428), the figures checked (422), and the version compared (412). A statement that changes
 * nothing makes no version and no event. Call inside a transaction (a session for reads).
 */
@ApplicationScoped
public class StatedSheets {
    private final ProjectRegistry projects;
    private final Outbox outbox;
    private final CountyCalendar calendar;
    private final RequestBodies bodies;
    private final ObjectMapper json;

    StatedSheets(ProjectRegistry projects, Outbox outbox, CountyCalendar calendar, RequestBodies bodies, ObjectMapper json) {
        this.projects = projects;
        this.outbox = outbox;
        this.calendar = calendar;
        this.bodies = bodies;
        this.json = json;
    }

    /** The sheet in force for the project (404 when there is no such project); version 0 while nothing was stated. */
    public <S> Uni<Stated<S>> current(SheetKind<S> kind, UUID projectId, int period) {
        return projects.find(projectId).chain(p -> latest(kind, projectId, period))
                .map(v -> v == null ? Stated.<S>none(projectId, period) : read(kind, v));
    }

    public <S> Uni<Stated<S>> state(SheetKind<S> kind, UUID projectId, int period, String ifMatch, S sheet, Caller caller) {
        return projects.find(projectId).chain(project -> {
            caller.requireCommanderOrDepartmentOf(project.leadUnit, kind.verb() + " " + kind.what(period) + " of project " + project.code);
            bodies.readable(); // a body it cannot read is answered only to a caller who may write here
            IfMatch expected = IfMatch.required(ifMatch);
            S checked = kind.checked(sheet);
            return takeTurn(kind, projectId, period).chain(() -> latest(kind, projectId, period)).chain(existing -> {
                long current = existing == null ? 0 : existing.version;
                expected.requireCurrent(current, kind.what(period) + " of project " + project.code);
                if (existing != null) {
                    Stated<S> before = read(kind, existing);
                    if (before.sheet().equals(checked)) {
                        return Uni.createFrom().item(before); // nothing differs: no new version, no event
                    }
                }
                StatedVersion v = new StatedVersion();
                v.kind = kind.name();
                v.projectId = projectId;
                v.period = period;
                v.version = current + 1;
                v.content = write(checked);
                v.statedAt = calendar.now();
                v.statedBy = caller.name();
                Stated<S> stated = new Stated<>(projectId, period, checked, v.version, v.statedAt, v.statedBy);
                return v.persist().call(Panache::flush)
                        .call(x -> outbox.append(kind.eventType(), projectId.toString(), kind.event(project, stated)))
                        .replaceWith(stated);
            });
        });
    }

    /** Each project's sheet of {@code period} as it stood just before {@code cutoff}: the version stated last before it. */
    public <S> Uni<Map<UUID, Stated<S>>> inForce(SheetKind<S> kind, int period, Instant cutoff) {
        return StatedVersion.<StatedVersion>list("from StatedVersion v where v.kind = ?1 and v.period = ?2 and v.statedAt < ?3 "
                        + "and v.version = (select max(w.version) from StatedVersion w where w.kind = ?1 and w.projectId = v.projectId "
                        + "and w.period = ?2 and w.statedAt < ?3)",
                kind.name(), period, cutoff)
                .map(rows -> rows.stream().map(v -> read(kind, v)).collect(Collectors.toMap(Stated::projectId, Function.identity())));
    }

    /** An amount or area in the form it is kept in: two decimals (the figures are checked to have no more). */
    public static BigDecimal twoDecimals(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Text as kept: stripped, blank as none. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Two writers of the same sheet take turns (a transaction-scoped advisory lock, released at commit), so the second
     * reads the version the first made and its If-Match is judged against it — also before the sheet's first version.
     */
    private static Uni<Void> takeTurn(SheetKind<?> kind, UUID projectId, int period) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT CAST(pg_advisory_xact_lock(hashtext(?1)) AS TEXT)", String.class)
                .setParameter(1, "stated-sheet:" + kind.name() + ":" + projectId + ":" + period).getSingleResult()).replaceWithVoid();
    }

    private static Uni<StatedVersion> latest(SheetKind<?> kind, UUID projectId, int period) {
        return StatedVersion.<StatedVersion>find("kind = ?1 and projectId = ?2 and period = ?3", Sort.descending("version"),
                kind.name(), projectId, period).firstResult();
    }

    private <S> Stated<S> read(SheetKind<S> kind, StatedVersion v) {
        try {
            return new Stated<>(v.projectId, v.period, json.readValue(v.content, kind.type()), v.version, v.statedAt, v.statedBy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stated " + v.kind + " of project " + v.projectId + " version " + v.version + " is unreadable", e);
        }
    }

    private String write(Object sheet) {
        try {
            return json.writeValueAsString(sheet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checked sheet is always writable", e);
        }
    }
}
