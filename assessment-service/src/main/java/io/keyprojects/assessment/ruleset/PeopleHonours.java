package io.keyprojects.assessment.ruleset;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Whom the rules propose among people (以实绩选干部) from their records for the period: for commendation (奖励) a person
 * with at least {@code commendOnTimeAtLeast} time nodes, blockers and orders met on time and none late; for public
 * criticism (通报批评) a person with at least {@code criticiseLateAtLeast} of them late. The commander confirms or strikes
 * each proposal.
 */
public record PeopleHonours(@NotNull @Min(1) Integer commendOnTimeAtLeast, @NotNull @Min(1) Integer criticiseLateAtLeast) {
    public static final PeopleHonours DEFAULT = new PeopleHonours(3, 2);
}
