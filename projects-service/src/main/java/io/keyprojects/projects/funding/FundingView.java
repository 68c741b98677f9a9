package io.keyprojects.projects.funding;

import io.keyprojects.projects.sheet.Stated;
import java.util.EnumMap;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's funding as clients see it: every source (zeros where none), the totals and the gap (planned − secured). */
@Schema(example = "{\"projectId\": \"0b7f6a4e-2f1c-4d6a-9a51-3c1e2f4d5a60\", \"sources\": [{\"source\": \"SUPERIOR_GRANT\", "
        + "\"planned\": \"5000.00\", \"secured\": \"5000.00\", \"paidOut\": \"2000.00\", \"gap\": \"0.00\"}], "
        + "\"planned\": \"13000.00\", \"secured\": \"8000.00\", \"paidOut\": \"2000.00\", \"gap\": \"5000.00\", \"version\": 1, "
        + "\"updatedAt\": \"2026-06-12T02:00:00Z\", \"updatedBy\": \"department@FGJ\"}")
public record FundingView(UUID projectId, List<SourceView> sources,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal planned,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal secured,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal paidOut,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY, description = "planned − secured, 万元: the money not yet found") BigDecimal gap,
                          @Schema(description = "0 while nothing was recorded; the ETag") long version,
                          Instant updatedAt, String updatedBy) {

    public record SourceView(FundingSource source,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal planned,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal secured,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal paidOut,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY, description = "planned − secured, 万元: the money not yet found") BigDecimal gap) {
    }

    /** Every source in the enum's order, zeros for those the sheet leaves out (all of them while nothing was stated). */
    static FundingView of(Stated<FundingSheet> stated) {
        Map<FundingSource, FundingSheet.Amounts> lines = new EnumMap<>(FundingSource.class);
        if (stated.sheet() != null) {
            stated.sheet().sources().forEach(a -> lines.put(FundingSource.valueOf(a.source()), a));
        }
        List<SourceView> sources = Arrays.stream(FundingSource.values()).map(s -> {
            FundingSheet.Amounts l = lines.get(s);
            return l == null ? new SourceView(s, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)
                    : new SourceView(s, l.planned(), l.secured(), l.paidOut(), l.planned().subtract(l.secured()));
        }).toList();
        BigDecimal planned = sources.stream().map(SourceView::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal secured = sources.stream().map(SourceView::secured).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paidOut = sources.stream().map(SourceView::paidOut).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new FundingView(stated.projectId(), sources, planned, secured, paidOut, planned.subtract(secured),
                stated.version(), stated.statedAt(), stated.statedBy());
    }
}
