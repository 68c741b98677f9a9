package io.keyprojects.assessment.ruleset;

import io.keyprojects.assessment.ruleset.Grade;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** Which grades earn commendation (通报表扬/奖励) and which public criticism (通报批评). */
public record OutcomePolicy(@NotNull Set<Grade> commendation, @NotNull Set<Grade> criticism) {
}
