package io.keyprojects.contracts.data;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * county.projects.demolition-updated.v1 — a project's demolition (拆迁安置) as it now stands: households and
 * floor area (m²) to clear, agreements signed and households remaining.
 */
public record DemolitionUpdated(UUID projectId, String projectCode, String leadUnit, int households,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal floorArea,
                                int householdsSigned, int householdsRemaining, long version, Instant updatedAt,
                                String updatedBy) {
}
