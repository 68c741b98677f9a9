package io.keyprojects.contracts.data;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** county.assessment.bulletin-published.v1 — a supervision bulletin (督查通报) for a period; subject = bulletin id. */
public record BulletinPublished(UUID id, String period, String title, List<String> commendedUnits,
                                List<String> criticisedUnits, int laggingProjects, int openBlockers,
                                int overdueRectifications, Instant publishedAt, String publishedBy) {
}
