package io.keyprojects.assessment.honours;

import io.keyprojects.assessment.person.PersonalLedger;
import io.keyprojects.assessment.person.PersonalRecord;
import io.keyprojects.assessment.ruleset.PeopleHonours;
import io.keyprojects.assessment.scoring.Evaluation;
import io.keyprojects.assessment.scoring.Outcome;
import io.keyprojects.assessment.scoring.Ranking;
import io.keyprojects.assessment.scoring.ScoreCard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the rules propose for a period (pure): every unit whose grade earns commendation or criticism under the ruleset's
 * outcome policy, and every person whose record (实绩档案) for the period crosses the ruleset's thresholds — commendation
 * for enough met on time and nothing late, criticism for enough late. Units first in rank order, then people.
 */
public final class HonoursProposals {
    private HonoursProposals() {
    }

    /** A person as the registry announced them: only people it knows (by name and unit) are proposed. */
    public record Named(String name, String unit) {
    }

    public static List<HonourProposal> of(Evaluation e, PeopleHonours policy, LocalDate today, Map<UUID, Named> people) {
        List<HonourProposal> proposals = new ArrayList<>();
        for (Ranking.Ranked r : e.ranking()) {
            ScoreCard card = r.card();
            if (card.outcome() == Outcome.NONE) {
                continue;
            }
            String honour = card.outcome() == Outcome.COMMENDATION ? HonourProposal.COMMENDATION : HonourProposal.CRITICISM;
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("rank", r.rank());
            facts.put("total", card.total());
            facts.put("grade", card.grade());
            facts.put("rulesetVersion", card.rulesetVersion());
            facts.put("rules", card.rules().stream().map(rule -> Map.of("code", rule.code(), "name", rule.name(),
                    "points", rule.points(), "maxPoints", rule.maxPoints())).toList());
            proposals.add(new HonourProposal(HonourProposal.keyOf(HonourProposal.UNIT, card.unit(), honour), honour, HonourProposal.UNIT,
                    card.unit(), null, card.unitName(), "第 " + r.rank() + " 名，得分 " + card.total().toPlainString() + "，等次 " + card.grade().label(),
                    facts));
        }
        PersonalLedger ledger = e.facts().people();
        LocalDate from = e.period().start();
        LocalDate to = e.period().end().minusDays(1);
        for (UUID person : ledger.people()) {
            Named named = people.get(person);
            if (named == null) {
                continue; // someone the registry never announced cannot be named in a list
            }
            PersonalRecord record = ledger.recordOf(person, from, to, today);
            int onTime = record.nodes().onTime() + record.blockers().onTime() + record.orders().onTime();
            int late = record.nodes().late() + record.blockers().late() + record.orders().late();
            if (late == 0 && onTime >= policy.commendOnTimeAtLeast()) {
                proposals.add(person(person, named, HonourProposal.COMMENDATION, "按时完成 " + onTime + " 项（时间节点、问题、督办），无逾期", record));
            } else if (late >= policy.criticiseLateAtLeast()) {
                proposals.add(person(person, named, HonourProposal.CRITICISM, "逾期 " + late + " 项（时间节点、问题、督办）", record));
            }
        }
        return proposals;
    }

    private static HonourProposal person(UUID id, Named named, String honour, String basis, PersonalRecord record) {
        return new HonourProposal(HonourProposal.keyOf(HonourProposal.PERSON, id.toString(), honour), honour, HonourProposal.PERSON,
                named.unit(), id, named.name(), basis, record);
    }
}
