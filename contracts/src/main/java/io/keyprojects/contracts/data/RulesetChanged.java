package io.keyprojects.contracts.data;

import java.time.LocalDate;
import java.util.UUID;

/** county.assessment.ruleset-changed.v1 — a new version of the assessment rules (考核办法); subject = ruleset id. */
public record RulesetChanged(UUID id, int version, String name, LocalDate effectiveFrom, String definitionSha256,
                             String changedBy) {
}
