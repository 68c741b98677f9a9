package io.keyprojects.contracts.data;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * county.assessment.public-bulletin-published.v1 — the public version of a supervision bulletin (通报); subject =
 * bulletin id. Lagging projects by code, commended and criticised units by name, a Chinese summary; nothing private.
 */
public record PublicBulletinPublished(UUID id, String period, String title, String summary, List<String> laggingProjects,
                                      List<String> commendedUnits, List<String> criticisedUnits, Instant publishedAt) {
}
