package io.keyprojects.assessment.facts;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The facts of the live ranking (the stored events replayed through {@link FactSet}), summed up per unit. */
@Path("/api/assessments/facts")
@Tag(name = "Assessment facts", description = "考核事实: what each unit's score is computed from, built from events")
public class UnitFactsResource {
    private final EventLog log;
    private final CountyCalendar calendar;

    UnitFactsResource(EventLog log, CountyCalendar calendar) {
        this.log = log;
        this.calendar = calendar;
    }

    @GET
    @RolesAllowed({Roles.COMMANDER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "listUnitFacts", summary = "Per-unit facts for a period (2026, 2026-H1, 2026-Q3, 2026-07)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = UnitFacts.class),
            examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "facts",
            value = "[{\"unit\":\"ZJJ\",\"projectsLed\":9,\"projectsStarted\":7,\"projectsCompleted\":1,\"blockersReported\":5,\"blockersOpen\":2,\"projectsHelped\":3,\"selfInspections\":2}]")))
    public Uni<List<UnitFacts>> facts(@QueryParam("period") String period) {
        AssessmentPeriod p = AssessmentPeriod.fromQuery(period);
        return log.factsAsOf(calendar.now(), calendar.zone()).map(replayed -> {
            // the units assessed for the period, and every unit answering for a blocker or helping with a project (a 配合单位 may lead nothing)
            var units = new TreeSet<>(replayed.facts().units(p));
            units.addAll(replayed.facts().blockerUnits());
            units.addAll(replayed.facts().cooperatingUnits(p.year()));
            return units.stream().map(unit -> UnitFacts.of(unit, replayed.facts(), p.year())).toList();
        });
    }
}
