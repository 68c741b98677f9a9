package io.keyprojects.assessment.honours;

import io.keyprojects.assessment.audit.AuditTrail;
import io.keyprojects.assessment.audit.CanonicalJson;
import io.keyprojects.assessment.facts.EventLog;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.ruleset.RulesetCatalogue;
import io.keyprojects.assessment.ruleset.RulesetDefinition;
import io.keyprojects.assessment.scoring.Evaluation;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.HonourConfirmed;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.people.KnownPeople;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The honours lists of a period (奖励、通报批评): what the rules propose from the facts as of now, and the commander's
 * decisions on them. A decision is final and kept with the facts it was taken on; a confirmed one is announced
 * (honour-confirmed) and goes into the event log too, so a person's record replayed as of any day counts it as it stood.
 * Call inside a session (reads) or a transaction (decisions).
 */
@ApplicationScoped
public class Honours {
    private final EventLog log;
    private final RulesetCatalogue rulesets;
    private final KnownPeople people;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final CountyCalendar calendar;

    Honours(EventLog log, RulesetCatalogue rulesets, KnownPeople people, Outbox outbox, AuditTrail audit, CountyCalendar calendar) {
        this.log = log;
        this.rulesets = rulesets;
        this.people = people;
        this.outbox = outbox;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** The proposals as of now with the decisions taken on them, and the decisions on proposals no longer made. */
    public Uni<HonoursView> list(AssessmentPeriod period) {
        return proposals(period).chain(current -> decisions(period).map(decided -> view(current, decided)));
    }

    /** The confirmed honours of the period, in the order they were decided (what a bulletin publishes). */
    public Uni<List<Honour>> confirmed(AssessmentPeriod period) {
        return Honour.<Honour>list("period = ?1 and decision = ?2", Sort.by("decidedAt").and("proposal"), period.label(), HonoursView.CONFIRMED);
    }

    /**
     * Confirms or strikes each named proposal, all or none: a key the rules do not propose now is 422 {@code not-proposed},
     * a proposal already decided 409 {@code already-decided}, striking without a reason or naming a proposal twice 400.
     */
    public Uni<HonoursView> decide(AssessmentPeriod period, HonoursDecisions request, String who) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.decisions().size(); i++) {
            var d = request.decisions().get(i);
            if (!seen.add(d.proposal())) {
                errors.put("decisions[" + i + "].proposal", "named twice in one request");
            }
            if (d.decision() == HonoursDecisions.Verdict.STRIKE && (d.reason() == null || d.reason().isBlank())) {
                errors.put("decisions[" + i + "].reason", "a proposal is struck with a reason");
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("the decisions are not usable", errors);
        }
        Instant now = calendar.now().truncatedTo(ChronoUnit.MICROS);
        return proposals(period).chain(current -> decisions(period).chain(decided -> {
            Map<String, HonourProposal> byKey = current.proposals().stream()
                    .collect(Collectors.toMap(HonourProposal::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            Set<String> taken = decided.stream().map(h -> h.proposal).collect(Collectors.toSet());
            List<Honour> rows = new ArrayList<>();
            for (var d : request.decisions()) {
                if (taken.contains(d.proposal())) {
                    throw ProblemException.conflict("already-decided", "Already decided",
                            "the proposal " + d.proposal() + " of " + period.label() + " was already confirmed or struck");
                }
                HonourProposal p = byKey.get(d.proposal());
                if (p == null) {
                    throw ProblemException.unprocessable("not-proposed", "Not proposed",
                            "the rules do not propose " + d.proposal() + " for " + period.label() + " as of now")
                            .with("proposals", List.copyOf(byKey.keySet()));
                }
                rows.add(row(period, p, d, who, now));
            }
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Honour h : rows) {
                chain = chain.chain(() -> h.persist().replaceWithVoid());
                if (h.confirmed()) {
                    chain = chain.chain(() -> outbox.append(EventType.HONOUR_CONFIRMED, h.id.toString(), new HonourConfirmed(h.id, h.period,
                            h.honour, h.subject, h.unit, h.person, h.name, h.basis, h.decidedAt, who)).chain(EventLog::record));
                }
            }
            return chain.chain(() -> audit.append(who, "HONOURS_DECIDED", "honours/" + period.label(), Map.of("period", period.label(),
                            "decisions", rows.stream().map(h -> Map.of("proposal", h.proposal, "decision", h.decision, "id", h.id.toString(),
                                    "reason", h.reason == null ? "" : h.reason)).toList())))
                    .chain(() -> decisions(period)).map(all -> view(current, all));
        }));
    }

    private static Honour row(AssessmentPeriod period, HonourProposal p, HonoursDecisions.Decision d, String who, Instant now) {
        Honour h = new Honour();
        h.id = UUID.randomUUID();
        h.period = period.label();
        h.proposal = p.key();
        h.honour = p.honour();
        h.subject = p.subject();
        h.unit = p.unit();
        h.person = p.person();
        h.name = p.name();
        h.basis = p.basis();
        h.facts = CanonicalJson.write(p.facts());
        h.decision = d.decision() == HonoursDecisions.Verdict.CONFIRM ? HonoursView.CONFIRMED : HonoursView.STRUCK;
        h.reason = d.reason() == null || d.reason().isBlank() ? null : d.reason().trim();
        h.decidedAt = now;
        h.decidedBy = who;
        return h;
    }

    private Uni<List<Honour>> decisions(AssessmentPeriod period) {
        return Honour.<Honour>list("period", Sort.by("decidedAt").and("proposal"), period.label());
    }

    /** What the rules propose now, with the evaluation they come from. */
    private record Current(Evaluation evaluation, List<HonourProposal> proposals) {
    }

    private Uni<Current> proposals(AssessmentPeriod period) {
        Instant at = calendar.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(at, calendar.zone());
        return rulesets.inForce(Evaluation.evaluationDate(period, at, calendar.zone()), at).chain(ruleset -> {
            RulesetDefinition definition = RulesetCatalogue.definitionOf(ruleset);
            return log.factsAsOf(at, calendar.zone()).chain(replayed -> {
                Evaluation e = Evaluation.of(replayed.facts(), replayed.events(), period, at, calendar.zone(), ruleset.version, definition);
                return named(replayed.facts().people().people()).map(named ->
                        new Current(e, HonoursProposals.of(e, definition.peopleHonours(), today, named)));
            });
        });
    }

    /** The people the registry announced among {@code ids}, one after another on the session. */
    private Uni<Map<UUID, HonoursProposals.Named>> named(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Multi.createFrom().iterable(ids).onItem().transformToUniAndConcatenate(people::find)
                .filter(p -> p != null)
                .collect().asMap(KnownPeople.KnownPerson::id, p -> new HonoursProposals.Named(p.name(), p.unit()));
    }

    private static HonoursView view(Current current, List<Honour> decided) {
        Evaluation e = current.evaluation();
        Map<String, Honour> byKey = decided.stream().collect(Collectors.toMap(h -> h.proposal, Function.identity(), (a, b) -> a));
        List<HonoursView.Line> lines = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (HonourProposal p : current.proposals()) {
            Honour h = byKey.get(p.key());
            lines.add(h == null ? HonoursView.Line.proposed(p) : HonoursView.Line.decided(h, CanonicalJson.read(h.facts, Object.class)));
            shown.add(p.key());
        }
        for (Honour h : decided) {
            if (!shown.contains(h.proposal)) { // decided on facts that have since moved: kept as decided
                lines.add(HonoursView.Line.decided(h, CanonicalJson.read(h.facts, Object.class)));
            }
        }
        return new HonoursView(e.period().label(), e.asOf(), e.evaluationDate(), e.rulesetVersion(), lines);
    }
}
