package io.keyprojects.assessment.ruleset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record RulesetView(UUID id, int version, String name, LocalDate effectiveFrom, RulesetDefinition definition,
                          String definitionSha256, Instant createdAt, String createdBy) {

    public static RulesetView of(Ruleset r) {
        return new RulesetView(r.id, r.version, r.name, r.effectiveFrom, RulesetCatalogue.definitionOf(r), r.definitionSha256,
                r.createdAt, r.createdBy);
    }
}
