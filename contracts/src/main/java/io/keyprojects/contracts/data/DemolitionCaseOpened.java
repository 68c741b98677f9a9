package io.keyprojects.contracts.data;

import java.time.Instant;
import java.util.UUID;

/**
 * county.projects.demolition-case-opened.v1 — the legal procedure (依法处理) against a holdout household of
 * a project was opened; a LEGAL_PROCEDURE blocker links to it by {@code id}.
 */
public record DemolitionCaseOpened(UUID id, UUID projectId, String projectCode, String leadUnit, String household,
                                   String address, Instant openedAt, String openedBy) {
}
