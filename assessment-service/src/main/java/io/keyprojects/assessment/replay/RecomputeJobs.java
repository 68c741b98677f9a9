package io.keyprojects.assessment.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.keyprojects.assessment.audit.AuditTrail;
import io.keyprojects.assessment.audit.CanonicalJson;
import io.keyprojects.assessment.facts.EventLog;
import io.keyprojects.assessment.facts.FactSet;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.publication.ScoreView;
import io.keyprojects.assessment.ruleset.RulesetCatalogue;
import io.keyprojects.assessment.ruleset.RulesetDefinition;
import io.keyprojects.assessment.scoring.Evaluation;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * "Recompute as of": replays the stored events received up to {@code asOf} into a fresh fact set, scores
 * them with the ruleset in force then, and compares the result with the publication made as of that
 * instant (or the latest before it). The replay runs on a worker thread with blocking JDBC, away from the
 * event loop, and writes its progress (processed / total) to the job row as it goes.
 */
@ApplicationScoped
public class RecomputeJobs {
    private static final Logger LOG = Logger.getLogger(RecomputeJobs.class);

    private final AgroalDataSource dataSource;
    private final RulesetCatalogue rulesets;
    private final AuditTrail audit;
    private final CountyCalendar calendar;

    RecomputeJobs(AgroalDataSource dataSource, RulesetCatalogue rulesets, AuditTrail audit, CountyCalendar calendar) {
        this.dataSource = dataSource;
        this.rulesets = rulesets;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** A job as the API shows it; {@code result} once DONE. */
    @Schema(name = "RecomputeJob")
    public record JobView(UUID id, String period, Instant asOf, String status, long processed, long total, String requestedBy,
                          Instant requestedAt, Instant finishedAt, String error,
                          @Schema(implementation = Result.class) JsonNode result) {
    }

    /** The outcome of a replay: the scores, and how they compare with what was published. */
    @Schema(name = "RecomputeResult")
    public record Result(String period, Instant asOf, int rulesetVersion, long eventsReplayed, UUID comparedWith,
                         Instant comparedAsOf, Boolean matchesPublication, List<String> differences, List<ScoreView> scores) {
    }

    /** Records the job and its audit entry (one transaction), then starts the replay once they are committed. */
    public Uni<JobView> start(AssessmentPeriod period, Instant asOf, String who) {
        Instant at = asOf.truncatedTo(ChronoUnit.MICROS);
        if (at.isAfter(calendar.now())) {
            throw ProblemException.badRequest("asOf is in the future", Map.of("asOf", "must not be after now"));
        }
        UUID id = UUID.randomUUID();
        Instant now = calendar.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> rulesets.inForce(Evaluation.evaluationDate(period, at, calendar.zone()), at)
                        .chain(ruleset -> Panache.getSession().chain(s -> s.createNativeQuery("""
                                                INSERT INTO recompute_job (id, period, as_of, status, requested_by, requested_at)
                                                VALUES (?1, ?2, ?3, 'RUNNING', ?4, ?5)""")
                                        .setParameter(1, id).setParameter(2, period.label()).setParameter(3, at)
                                        .setParameter(4, who).setParameter(5, now).executeUpdate())
                                .chain(() -> audit.append(who, "RECOMPUTE_REQUESTED", "assessment/" + period.label(), Map.of(
                                        "job", id.toString(), "asOf", at.toString(), "rulesetVersion", ruleset.version)))
                                .replaceWith(ruleset)))
                .invoke(ruleset -> {
                    int version = ruleset.version;
                    RulesetDefinition definition = RulesetCatalogue.definitionOf(ruleset);
                    Infrastructure.getDefaultWorkerPool().execute(() -> run(id, period, at, version, definition));
                })
                .replaceWith(new JobView(id, period.label(), at, "RUNNING", 0, 0, who, now, null, null, null));
    }

    public Uni<JobView> find(UUID id) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                        SELECT id, period, as_of, status, processed, total, requested_by, requested_at, finished_at, error, result
                        FROM recompute_job WHERE id = ?1""", Object[].class)
                .setParameter(1, id).getResultList()))
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("recompute job", id);
                    }
                    Object[] r = rows.get(0);
                    return new JobView((UUID) r[0], (String) r[1], AuditTrail.instant(r[2]), (String) r[3], ((Number) r[4]).longValue(),
                            ((Number) r[5]).longValue(), (String) r[6], AuditTrail.instant(r[7]), r[8] == null ? null : AuditTrail.instant(r[8]),
                            (String) r[9], r[10] == null ? null : tree((String) r[10]));
                });
    }

    /** Blocking: runs on a worker thread. */
    void run(UUID job, AssessmentPeriod period, Instant asOf, int version, RulesetDefinition ruleset) {
        try (Connection progress = dataSource.getConnection(); Connection replay = dataSource.getConnection()) {
            progress.setAutoCommit(true);
            InterruptedRecomputes.hold(progress, job);
            try {
                replay(progress, replay, job, period, asOf, version, ruleset);
            } finally {
                InterruptedRecomputes.release(progress, job);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(e, "recompute job %s failed", job);
            fail(job, e);
        }
    }

    private void replay(Connection progress, Connection replay, UUID job, AssessmentPeriod period, Instant asOf, int version,
                        RulesetDefinition ruleset) throws SQLException {
        Instant receivedBy = calendar.realInstantOf(asOf); // received_at is stamped by the database's real clock
        long total = EventLog.count(replay, receivedBy);
        update(progress, "UPDATE recompute_job SET total = ? WHERE id = ?", total, job);
        FactSet facts = new FactSet(calendar.zone());
        long processed = EventLog.replay(replay, receivedBy, facts,
                events -> update(progress, "UPDATE recompute_job SET processed = ? WHERE id = ?", events, job));
        Evaluation e = Evaluation.of(facts, processed, period, asOf, calendar.zone(), version, ruleset);
        List<ScoreView> scores = e.ranking().stream().map(r -> ScoreView.of(e, r, "RECOMPUTED", null)).toList();
        Result result = compare(progress, e, scores);
        try (var st = progress.prepareStatement("""
                UPDATE recompute_job SET status = 'DONE', processed = ?, result = ?, finished_at = now() WHERE id = ?""")) {
            st.setLong(1, processed);
            st.setString(2, CanonicalJson.write(result));
            st.setObject(3, job);
            st.executeUpdate();
        }
    }

    private Result compare(Connection c, Evaluation e, List<ScoreView> scores) throws SQLException {
        UUID publication = null;
        Instant publishedAsOf = null;
        try (var st = c.prepareStatement("""
                SELECT id, as_of FROM publication WHERE period = ? AND as_of <= ? ORDER BY as_of DESC, published_at DESC LIMIT 1""")) {
            st.setString(1, e.period().label());
            st.setTimestamp(2, Timestamp.from(e.asOf()));
            var rs = st.executeQuery();
            if (rs.next()) {
                publication = rs.getObject(1, UUID.class);
                publishedAsOf = rs.getTimestamp(2).toInstant();
            }
        }
        if (publication == null) {
            return new Result(e.period().label(), e.asOf(), e.rulesetVersion(), e.eventsReplayed(), null, null, null, List.of(), scores);
        }
        Map<String, JsonNode> published = new LinkedHashMap<>();
        try (var st = c.prepareStatement("SELECT unit, card FROM published_score WHERE publication_id = ? ORDER BY rank, unit")) {
            st.setObject(1, publication);
            var rs = st.executeQuery();
            while (rs.next()) {
                published.put(rs.getString(1), tree(rs.getString(2)));
            }
        }
        List<String> differences = new ArrayList<>();
        for (ScoreView s : scores) {
            JsonNode was = published.remove(s.unit());
            if (was == null) {
                differences.add(s.unit() + ": not in the publication");
                continue;
            }
            JsonNode now = tree(CanonicalJson.write(s));
            for (String field : List.of("rank", "total", "grade", "outcome", "rulesetVersion", "eventsReplayed", "rules")) {
                if (!was.path(field).equals(now.path(field))) {
                    differences.add(s.unit() + "." + field + ": published " + abbreviate(was.path(field)) + ", recomputed " + abbreviate(now.path(field)));
                }
            }
        }
        published.keySet().forEach(unit -> differences.add(unit + ": published but not recomputed"));
        return new Result(e.period().label(), e.asOf(), e.rulesetVersion(), e.eventsReplayed(), publication, publishedAsOf,
                differences.isEmpty(), differences, scores);
    }

    private void fail(UUID job, Exception cause) {
        try (Connection c = dataSource.getConnection()) {
            try (var st = c.prepareStatement("UPDATE recompute_job SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ?")) {
                st.setString(1, "the replay failed: " + cause.getClass().getSimpleName());
                st.setObject(2, job);
                st.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.errorf(e, "cannot mark recompute job %s failed", job);
        }
    }

    private static void update(Connection c, String sql, long value, UUID job) throws SQLException {
        try (var st = c.prepareStatement(sql)) {
            st.setLong(1, value);
            st.setObject(2, job);
            st.executeUpdate();
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static JsonNode tree(String json) {
        try {
            return CanonicalJson.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
