package io.keyprojects.assessment.honours;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A period's honours: every proposal the rules make now, each with its facts and the commander's decision when there is
 * one, and every decision taken on a proposal the facts no longer make (shown with the facts it was decided on).
 */
public record HonoursView(String period, Instant asOf, LocalDate evaluationDate, int rulesetVersion, List<Line> items) {
    public static final String PROPOSED = "PROPOSED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String STRUCK = "STRUCK";

    @Schema(name = "HonourLine")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(@Schema(description = "the proposal's key, what a decision names") String proposal,
                       @Schema(enumeration = {"COMMENDATION", "CRITICISM"}) String honour,
                       @Schema(enumeration = {"UNIT", "PERSON"}) String subject,
                       String unit, UUID person, String name, String basis,
                       @Schema(description = "the facts behind it: a unit's score card summary, a person's record for the period") Object facts,
                       @Schema(enumeration = {"PROPOSED", "CONFIRMED", "STRUCK"}) String status,
                       @Schema(description = "the decision's id (a confirmed honour's id on its event)") UUID id,
                       String reason, Instant decidedAt, String decidedBy) {

        static Line proposed(HonourProposal p) {
            return new Line(p.key(), p.honour(), p.subject(), p.unit(), p.person(), p.name(), p.basis(), p.facts(), PROPOSED,
                    null, null, null, null);
        }

        static Line decided(Honour h, Object facts) {
            return new Line(h.proposal, h.honour, h.subject, h.unit, h.person, h.name, h.basis, facts, h.decision, h.id, h.reason,
                    h.decidedAt, h.decidedBy);
        }
    }
}
