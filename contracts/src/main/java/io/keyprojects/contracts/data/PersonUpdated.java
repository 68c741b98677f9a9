package io.keyprojects.contracts.data;

import java.util.List;
import java.util.UUID;

/**
 * county.projects.person-updated.v1 — a person (责任人) as they now stand after an edit, and which of the public
 * fields changed. A change of contact details alone is not announced: they never leave projects-service.
 */
public record PersonUpdated(UUID id, String name, String title, String unit, String kind, boolean active, long version,
                            List<String> changed, String updatedBy) {
}
