package io.keyprojects.assessment.publication;

import io.keyprojects.assessment.audit.AuditTrail;
import io.keyprojects.assessment.audit.CanonicalJson;
import io.keyprojects.assessment.facts.EventLog;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.ruleset.RulesetCatalogue;
import io.keyprojects.assessment.scoring.Evaluation;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.ScorePublished;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scores for a period: computed from a replay of the stored events under the ruleset in force, published
 * (stored with their ruleset version and facts, announced as score-published through the outbox, written
 * to the audit trail), and read back as published evidence or, before any publication, provisionally.
 */
@ApplicationScoped
public class Assessments {
    private final EventLog log;
    private final RulesetCatalogue rulesets;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AssessmentSettings settings;
    private final CountyCalendar calendar;

    Assessments(EventLog log, RulesetCatalogue rulesets, Outbox outbox, AuditTrail audit, AssessmentSettings settings, CountyCalendar calendar) {
        this.log = log;
        this.rulesets = rulesets;
        this.outbox = outbox;
        this.audit = audit;
        this.settings = settings;
        this.calendar = calendar;
    }

    /** Every unit's score as of {@code asOf}, from the events received by then and the rules in force then. */
    public Uni<Evaluation> evaluate(AssessmentPeriod period, Instant asOf) {
        Instant at = asOf.truncatedTo(ChronoUnit.MICROS);
        return rulesets.inForce(Evaluation.evaluationDate(period, at, calendar.zone()), at)
                .chain(ruleset -> log.factsAsOf(at, calendar.zone()).map(replayed -> Evaluation.of(replayed.facts(),
                        replayed.events(), period, at, calendar.zone(), ruleset.version, RulesetCatalogue.definitionOf(ruleset))));
    }

    /** Publishes every unit's score for the period (call inside a transaction). */
    public Uni<List<ScoreView>> publish(AssessmentPeriod period, String who) {
        Instant now = calendar.now().truncatedTo(ChronoUnit.MICROS);
        UUID publication = UUID.randomUUID();
        return evaluate(period, now.minus(settings.publishSettle())).chain(e -> {
            if (e.ranking().isEmpty()) {
                throw ProblemException.unprocessable("nothing-to-assess", "Nothing to assess",
                        "no unit leads a project of " + period.year() + " yet");
            }
            List<ScoreView> views = e.ranking().stream().map(r -> ScoreView.of(e, r, ScoreView.PUBLISHED, publication)).toList();
            return Panache.getSession().chain(s -> s.createNativeQuery("""
                                    INSERT INTO publication (id, period, as_of, ruleset_version, events_replayed, published_at, published_by)
                                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                            .setParameter(1, publication).setParameter(2, period.label()).setParameter(3, e.asOf())
                            .setParameter(4, e.rulesetVersion()).setParameter(5, e.eventsReplayed()).setParameter(6, now)
                            .setParameter(7, who).executeUpdate())
                    .chain(() -> storeAll(views, now, who))
                    .chain(() -> audit.append(who, "SCORE_PUBLISHED", "assessment/" + period.label(), publicationDetails(publication, e, views)))
                    .replaceWith(views);
        });
    }

    private Uni<Void> storeAll(List<ScoreView> views, Instant now, String who) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ScoreView v : views) {
            chain = chain.chain(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                                    INSERT INTO published_score (id, publication_id, period, unit, rank, total, grade, outcome, ruleset_version, card)
                                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                            .setParameter(1, UUID.randomUUID()).setParameter(2, v.publicationId()).setParameter(3, v.period())
                            .setParameter(4, v.unit()).setParameter(5, v.rank()).setParameter(6, v.total())
                            .setParameter(7, v.grade().name()).setParameter(8, v.outcome().name())
                            .setParameter(9, v.rulesetVersion()).setParameter(10, CanonicalJson.write(v))
                            .executeUpdate()))
                    .chain(() -> outbox.append(EventType.SCORE_PUBLISHED, v.unit(), new ScorePublished(UUID.randomUUID(), v.period(),
                            v.unit(), v.rank(), v.total(), v.grade().name(), v.outcome().name(), v.rulesetVersion(), v.asOf(), now, who,
                            v.rules().stream().map(r -> new ScorePublished.RulePoints(r.code(), r.points(), r.maxPoints())).toList())))
                    .replaceWithVoid();
        }
        return chain;
    }

    private static Map<String, Object> publicationDetails(UUID publication, Evaluation e, List<ScoreView> views) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("publication", publication.toString());
        details.put("asOf", e.asOf().toString());
        details.put("rulesetVersion", e.rulesetVersion());
        details.put("eventsReplayed", e.eventsReplayed());
        Map<String, String> totals = new LinkedHashMap<>();
        views.forEach(v -> totals.put(v.unit(), v.total().toPlainString()));
        details.put("totals", totals);
        return details;
    }

    /** The latest publication's scores for the period, or a provisional computation as of now when none exists. */
    public Uni<List<ScoreView>> current(AssessmentPeriod period) {
        return published(period).chain(scores -> scores.isEmpty()
                ? evaluate(period, calendar.now()).map(e -> e.ranking().stream()
                        .map(r -> ScoreView.of(e, r, ScoreView.PROVISIONAL, null)).toList())
                : Uni.createFrom().item(scores));
    }

    /** The scores of the period's latest publication, in rank order (empty when never published). */
    public Uni<List<ScoreView>> published(AssessmentPeriod period) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        SELECT card FROM published_score WHERE publication_id = (
                            SELECT id FROM publication WHERE period = ?1 ORDER BY published_at DESC LIMIT 1)
                        ORDER BY rank, unit""", String.class)
                .setParameter(1, period.label())
                .getResultList()
                .map(cards -> {
                    List<ScoreView> views = new ArrayList<>();
                    cards.forEach(c -> views.add(CanonicalJson.read(c, ScoreView.class)));
                    return views;
                }));
    }
}
