package io.keyprojects.assessment.facts;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds per-unit facts from project and issue events, and keeps every event it consumed (the input of
 * a replay). Runs inside the inbox's transaction, so events are stored and applied together or not at all.
 * A batch takes a few statements whatever its size: registrations and blockers are inserted once (a known
 * id is left alone), and of a project's phase changes only the newest version counts, as it would one by one.
 */
@ApplicationScoped
public class FactsProjection {

    /** A blocker as issue_fact holds it: the reported data and when it was reported. */
    private record Blocker(UUID id, UUID projectId, String responsibleUnit, String severity, LocalDate dueDate, String status,
                           Instant reportedAt) {
    }

    public Uni<Void> apply(List<FactEvent> events) {
        List<ProjectRegistered> registered = events.stream()
                .filter(e -> e.type() == EventType.PROJECT_REGISTERED).map(e -> (ProjectRegistered) e.data()).toList();
        Map<UUID, ProjectPhaseChanged> phases = new LinkedHashMap<>();
        events.stream().filter(e -> e.type() == EventType.PROJECT_PHASE_CHANGED).map(e -> (ProjectPhaseChanged) e.data())
                .forEach(d -> phases.merge(d.id(), d, (a, b) -> b.version() > a.version() ? b : a));
        List<Blocker> blockers = events.stream().filter(e -> e.type() == EventType.ISSUE_REPORTED).map(e -> {
            var d = (IssueReported) e.data();
            return new Blocker(d.id(), d.projectId(), d.responsibleUnit(), d.severity(), d.dueDate(), d.status(), e.envelope().time());
        }).toList();
        return EventLog.record(events.stream().map(FactEvent::envelope).toList())
                .chain(() -> execute(registered, """
                        INSERT INTO project_fact (id, code, year, lead_unit, phase, planned_start, planned_end, version)
                        SELECT id, code, year, "leadUnit", phase, "plannedStart", "plannedEnd", version
                        FROM jsonb_to_recordset(CAST(CAST(?1 AS text) AS jsonb)) AS r(id uuid, code text, year int, "leadUnit" text, phase text,
                                "plannedStart" date, "plannedEnd" date, version bigint)
                        ON CONFLICT DO NOTHING"""))
                .chain(() -> execute(List.copyOf(phases.values()), """
                        UPDATE project_fact p SET phase = c."to", actual_start = c."actualStart", actual_end = c."actualEnd",
                                version = c.version
                        FROM jsonb_to_recordset(CAST(CAST(?1 AS text) AS jsonb)) AS c(id uuid, "to" text, "actualStart" date, "actualEnd" date,
                                version bigint)
                        WHERE p.id = c.id AND c.version > p.version"""))
                .chain(() -> execute(blockers, """
                        INSERT INTO issue_fact (id, project_id, responsible_unit, severity, due_date, status, reported_at)
                        SELECT id, "projectId", "responsibleUnit", severity, "dueDate", status, "reportedAt"
                        FROM jsonb_to_recordset(CAST(CAST(?1 AS text) AS jsonb)) AS r(id uuid, "projectId" uuid, "responsibleUnit" text,
                                severity text, "dueDate" date, status text, "reportedAt" timestamptz)
                        ON CONFLICT DO NOTHING"""));
    }

    private static Uni<Void> execute(List<?> rows, String sql) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter(1, EventLog.json(rows)).executeUpdate())
                .replaceWithVoid();
    }
}
