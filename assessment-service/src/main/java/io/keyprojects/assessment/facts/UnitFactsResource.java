package io.keyprojects.assessment.facts;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/assessments/facts")
@Tag(name = "Assessment facts", description = "考核事实: what each unit's score is computed from, built from events")
public class UnitFactsResource {

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listUnitFacts", summary = "Per-unit facts for a period (2026, 2026-H1, 2026-Q3, 2026-07)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = UnitFacts.class),
            examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "facts",
            value = "[{\"unit\":\"ZJJ\",\"projectsLed\":9,\"projectsStarted\":7,\"projectsCompleted\":1,\"blockersReported\":5,\"blockersOpen\":2}]")))
    public Uni<List<UnitFacts>> facts(@QueryParam("period") String period) {
        AssessmentPeriod p = AssessmentPeriod.fromQuery(period);
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        SELECT p.lead_unit,
                               count(*),
                               count(*) FILTER (WHERE p.actual_start IS NOT NULL),
                               count(*) FILTER (WHERE p.phase = 'COMPLETED'),
                               (SELECT count(*) FROM issue_fact i WHERE i.responsible_unit = p.lead_unit),
                               (SELECT count(*) FROM issue_fact i WHERE i.responsible_unit = p.lead_unit
                                    AND i.status NOT IN ('RESOLVED', 'CLOSED'))
                        FROM project_fact p WHERE p.year = ?1 GROUP BY p.lead_unit ORDER BY p.lead_unit""", Object[].class)
                .setParameter(1, p.year())
                .getResultList())
                .map(rows -> rows.stream().map(r -> new UnitFacts((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])))
                        .toList());
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
