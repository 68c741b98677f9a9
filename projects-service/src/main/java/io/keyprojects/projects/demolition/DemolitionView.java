package io.keyprojects.projects.demolition;

import io.keyprojects.projects.sheet.Stated;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's demolition as clients see it, with the households still to sign. */
@Schema(example = "{\"projectId\": \"0b7f6a4e-2f1c-4d6a-9a51-3c1e2f4d5a60\", \"households\": 48, \"floorArea\": \"9600.00\", "
        + "\"householdsSigned\": 46, \"householdsRemaining\": 2, \"version\": 3, \"updatedAt\": \"2026-06-12T02:00:00Z\", "
        + "\"updatedBy\": \"department@ZJJ\"}")
public record DemolitionView(UUID projectId, int households,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.DECIMAL, description = "m²") BigDecimal floorArea,
                             int householdsSigned,
                             @Schema(description = "households − householdsSigned") int householdsRemaining,
                             @Schema(description = "0 while nothing was recorded; the ETag") long version,
                             Instant updatedAt, String updatedBy) {

    /** Nothing stated yet: zeros, version 0. */
    static DemolitionView of(Stated<DemolitionSheet> stated) {
        DemolitionSheet s = stated.sheet();
        if (s == null) {
            return new DemolitionView(stated.projectId(), 0, BigDecimal.ZERO, 0, 0, 0, null, null);
        }
        return new DemolitionView(stated.projectId(), s.households(), s.floorArea(), s.householdsSigned(),
                s.households() - s.householdsSigned(), stated.version(), stated.statedAt(), stated.statedBy());
    }
}
