package io.keyprojects.projects.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project's funding stated whole (PUT): the sources that have figures; a source left out has none.
 * Amounts in 万元 as decimal strings; the source as text so that a wrong one is a field error.
 */
@Schema(example = "{\"sources\": [{\"source\": \"SUPERIOR_GRANT\", \"planned\": \"5000.00\", \"secured\": \"5000.00\", "
        + "\"paidOut\": \"2000.00\"}, {\"source\": \"FINANCING_AND_BONDS\", \"planned\": \"8000.00\", \"secured\": \"3000.00\", "
        + "\"paidOut\": \"0\"}]}")
public record FundingSheet(List<Amounts> sources) {

    @Schema(name = "FundingAmounts")
    public record Amounts(
            @Schema(enumeration = {"SUPERIOR_GRANT", "FISCAL_APPROPRIATION", "FINANCING_AND_BONDS", "LAND_TRANSFER", "SOCIAL_CAPITAL"},
                    description = "上级补助, 财政拨款, 融资/专项债, 土地出让, 社会资本") String source,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY, description = "万元") BigDecimal planned,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY, description = "万元; at most planned") BigDecimal secured,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY, description = "万元; at most secured") BigDecimal paidOut) {
    }
}
