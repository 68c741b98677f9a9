package io.keyprojects.projects.programme;

import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.projects.baseline.Against;
import io.keyprojects.projects.project.ProgrammeYear;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/programme/{year}")
@Tag(name = "Programme", description = "年度重点工程: counts by phase and the 时间过半，任务过半 indicators")
public class ProgrammeResource {
    static final String AGAINST = "the plan to judge against: baseline (the approved plan, default) or current (the plan as it now stands)";
    private final ProgrammeView view;
    private final MonthlyInvestment investment;
    private final CountyCalendar calendar;

    ProgrammeResource(ProgrammeView view, MonthlyInvestment investment, CountyCalendar calendar) {
        this.view = view;
        this.investment = investment;
        this.calendar = calendar;
    }

    @GET
    @Path("/summary")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getProgrammeSummary", summary = "The year's programme: counts by phase, overall 序时进度 lag and SPI/SPI(t), the lagging projects worst first",
            description = "Totals are weighted by annual planned investment (sums first, then one division). Each figure's scale "
                    + "is stated in 'scales'. Cancelled projects are counted by phase but not judged. 'halfYear' answers "
                    + "\"时间过半，任务过半\" in three labelled forms (investment against the elapsed year, time nodes done against due, "
                    + "序时进度) from the reports as they stood on asOf: a report filed later does not count. "
                    + "Figures are judged against each "
                    + "project's baseline (the plan as approved) unless against=current; each lagging line names the plan it was judged on.")
    @APIResponse(responseCode = "200", description = "the summary")
    @APIResponse(responseCode = "400", description = "a bad year, asOf, limit or against", content = @Content(mediaType = "application/problem+json"))
    public Uni<ProgrammeView.Summary> summary(@PathParam("year") String year,
                                              @Parameter(description = "the day to judge on (default today)", example = "2026-07-01")
                                              @QueryParam("asOf") String asOf,
                                              @Parameter(description = "how many lagging projects to list (1-500, default 50)")
                                              @QueryParam("limit") Integer limit,
                                              @Parameter(description = AGAINST) @QueryParam("against") Against against) {
        int max = limit == null ? 50 : limit;
        if (max < 1 || max > 500) {
            throw ProblemException.badRequest("limit must be between 1 and 500", Map.of("limit", "between 1 and 500"));
        }
        return view.summary(ProgrammeYear.parse(year), calendar.dayOrToday(asOf), max, Against.orDefault(against));
    }

    @GET
    @Path("/units")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getProgrammeUnits", summary = "The year's programme per lead unit (责任单位), worst first",
            description = "Per unit: counts by phase, projects not started on time, lagging projects, its weighted totals, and its "
                    + "\"时间过半，任务过半\" in the three labelled forms as of asOf ('halfYear').")
    @APIResponse(responseCode = "200", description = "one entry per lead unit")
    @APIResponse(responseCode = "400", description = "a bad year, asOf or against", content = @Content(mediaType = "application/problem+json"))
    public Uni<ProgrammeView.Units> units(@PathParam("year") String year,
                                          @Parameter(description = "the day to judge on (default today)", example = "2026-07-01")
                                          @QueryParam("asOf") String asOf,
                                          @Parameter(description = AGAINST) @QueryParam("against") Against against) {
        return view.units(ProgrammeYear.parse(year), calendar.dayOrToday(asOf), Against.orDefault(against));
    }

    @GET
    @Path("/investment")
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getProgrammeInvestment", summary = "The year's investment by month: the approved plan and the current plan due against what was reported done",
            description = "Twelve months. baselinePlanned: Σ the approved plan's annual planned investment × its share of the work by the "
                    + "month's end (基线; a project not approved yet counts its current plan, judgedAgainstBaseline says how many are "
                    + "approved); currentPlanned: the same on the plan as it now stands, so a re-plan shows as the gap between the two; "
                    + "planned: the one of them judged against (against, the baseline by default; the summary's plannedValue scale); "
                    + "earned: Σ that plan's annual planned investment × the progress last reported by the month's end (its earnedValue "
                    + "scale); reported: Σ the cumulative completed investment last reported; completed: Σ the month's 本月完成投资 and "
                    + "completedInYear its running total from January. earned, reported, completed and completedInYear are null for the "
                    + "months after asOf's. Cancelled projects are left out.")
    @APIResponse(responseCode = "200", description = "twelve months, January first",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MonthlyInvestment.View.class)))
    @APIResponse(responseCode = "400", description = "a bad year, asOf or against", content = @Content(mediaType = "application/problem+json"))
    public Uni<MonthlyInvestment.View> investment(@PathParam("year") String year,
                                                  @Parameter(description = "the day to judge on (default today)", example = "2026-07-01")
                                                  @QueryParam("asOf") String asOf,
                                                  @Parameter(description = AGAINST) @QueryParam("against") Against against) {
        return investment.of(ProgrammeYear.parse(year), calendar.dayOrToday(asOf), Against.orDefault(against));
    }
}
