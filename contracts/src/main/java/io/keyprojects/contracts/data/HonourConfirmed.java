package io.keyprojects.contracts.data;

import java.time.Instant;
import java.util.UUID;

/**
 * county.assessment.honour-confirmed.v1 — the commander confirmed a unit or a person ({@code subject} UNIT or PERSON) for
 * commendation (奖励) or public criticism (通报批评) for an assessment period; subject = honour id. {@code person} is null
 * for a unit; {@code unit} is the unit named, or the person's unit.
 */
public record HonourConfirmed(UUID id, String period, String honour, String subject, String unit, UUID person, String name,
                              String basis, Instant confirmedAt, String confirmedBy) {
}
