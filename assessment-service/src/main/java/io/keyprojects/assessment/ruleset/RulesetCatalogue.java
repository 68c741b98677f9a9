package io.keyprojects.assessment.ruleset;

import io.keyprojects.assessment.audit.AuditChain;
import io.keyprojects.assessment.audit.AuditTrail;
import io.keyprojects.assessment.audit.CanonicalJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.RulesetChanged;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The versions of the assessment rules. A version is never changed: a change is a new version, so a score
 * published under an older one keeps meaning what it meant. Call inside a transaction.
 */
@ApplicationScoped
public class RulesetCatalogue {
    private static final long VERSION_LOCK = 0x6b70_7275_6c65_7300L; // "kprules"
    private final Outbox outbox;
    private final AuditTrail audit;

    RulesetCatalogue(Outbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    public Uni<List<RulesetView>> all() {
        return Ruleset.<Ruleset>listAll(Sort.by("version")).map(list -> list.stream().map(RulesetView::of).toList());
    }

    public Uni<RulesetView> create(RulesetDraft draft, String who) {
        RulesetDefinition definition = draft.definition().check();
        String text = CanonicalJson.write(definition);
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                        .setParameter(1, VERSION_LOCK).getSingleResult())
                .chain(() -> Panache.getSession().chain(s -> s.createNativeQuery("SELECT coalesce(max(version), 0) FROM ruleset", Integer.class)
                        .getSingleResult()))
                .chain(max -> {
                    Ruleset r = new Ruleset();
                    r.id = UUID.randomUUID();
                    r.version = ((Number) max).intValue() + 1;
                    r.name = draft.name();
                    r.effectiveFrom = draft.effectiveFrom();
                    r.definition = text;
                    r.definitionSha256 = AuditChain.sha256(text);
                    r.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    r.createdBy = who;
                    return r.<Ruleset>persistAndFlush();
                })
                .call(r -> outbox.append(EventType.RULESET_CHANGED, r.id.toString(),
                        new RulesetChanged(r.id, r.version, r.name, r.effectiveFrom, r.definitionSha256, who)))
                .call(r -> audit.append(who, "RULESET_CHANGED", "ruleset/" + r.version, Map.of(
                        "version", r.version, "name", r.name, "effectiveFrom", r.effectiveFrom.toString(),
                        "definitionSha256", r.definitionSha256)))
                .map(RulesetView::of);
    }

    /**
     * The ruleset in force on {@code day} as known at {@code asOf}: the highest version effective by that day
     * among those created by then. A past instant therefore always sees the rules it saw at the time.
     */
    public Uni<Ruleset> inForce(LocalDate day, Instant asOf) {
        return Ruleset.<Ruleset>find("effectiveFrom <= ?1 and createdAt <= ?2", Sort.descending("version"), day, asOf)
                .firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("no-ruleset", "No ruleset in force",
                        "no ruleset is effective on " + day + " as of " + asOf));
    }

    public static RulesetDefinition definitionOf(Ruleset r) {
        return CanonicalJson.read(r.definition, RulesetDefinition.class);
    }
}
