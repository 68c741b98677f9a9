package io.keyprojects.assessment.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's record (实绩档案) for a period: the time nodes due, met on time and late; the blockers settled within
 * their deadline (SLA) or not; the supervision orders closed on time or not; each with the facts behind it.
 */
public record PersonalRecord(UUID person, @Schema(nullable = true) String name, @Schema(nullable = true) String title,
                             @Schema(nullable = true) String unit, String period, LocalDate asOf,
                             Counts nodes, Counts blockers, Counts orders,
                             List<NodeLine> nodeFacts, List<DeadlineLine> blockerFacts, List<DeadlineLine> orderFacts,
                             @Schema(description = "times named in a confirmed commendation list (奖励) of the period") int commended,
                             @Schema(description = "times named in a confirmed public criticism list (通报批评) of the period") int criticised,
                             List<HonourLine> honourFacts) {

    /** Due (or settled) in the period; met in time; late (done late, or still open past the deadline); the rest are still in time. */
    @Schema(name = "PersonalRecordCounts")
    public record Counts(int due, int onTime, int late) {
    }

    @Schema(name = "PersonalRecordNode")
    public record NodeLine(UUID id, UUID projectId, String projectCode, String name, LocalDate plannedDate,
                           @Schema(nullable = true) LocalDate actualDate, boolean onTime, boolean late) {
    }

    @Schema(name = "PersonalRecordDeadline")
    public record DeadlineLine(UUID id, @Schema(nullable = true) UUID projectId, String what, LocalDate deadline,
                               @Schema(nullable = true) LocalDate settledOn, boolean onTime, boolean late) {
    }

    /** A confirmed commendation or criticism naming the person: which, for which assessment period, why, confirmed when. */
    @Schema(name = "PersonalRecordHonour")
    public record HonourLine(UUID id, @Schema(enumeration = {"COMMENDATION", "CRITICISM"}) String honour, String period,
                             @Schema(nullable = true) String basis, LocalDate confirmedOn) {
    }

    static PersonalRecord of(UUID person, List<NodeLine> nodes, List<DeadlineLine> blockers, List<DeadlineLine> orders,
                             List<HonourLine> honours) {
        return new PersonalRecord(person, null, null, null, null, null,
                new Counts(nodes.size(), (int) nodes.stream().filter(NodeLine::onTime).count(), (int) nodes.stream().filter(NodeLine::late).count()),
                counts(blockers), counts(orders), nodes, blockers, orders,
                (int) honours.stream().filter(h -> "COMMENDATION".equals(h.honour())).count(),
                (int) honours.stream().filter(h -> "CRITICISM".equals(h.honour())).count(), honours);
    }

    private static Counts counts(List<DeadlineLine> lines) {
        return new Counts(lines.size(), (int) lines.stream().filter(DeadlineLine::onTime).count(),
                (int) lines.stream().filter(DeadlineLine::late).count());
    }

    public PersonalRecord describedAs(String name, String title, String unit, String period, LocalDate asOf) {
        return new PersonalRecord(person, name, title, unit, period, asOf, nodes, blockers, orders, nodeFacts, blockerFacts, orderFacts,
                commended, criticised, honourFacts);
    }
}
