package io.keyprojects.projects.preliminary;

import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.projects.project.ProgrammeYear;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/programme/{year}/preliminary")
@Tag(name = "Preliminary work")
public class PreliminaryBoardResource {
    private final PreliminaryBoard board;
    private final CountyCalendar calendar;

    PreliminaryBoardResource(PreliminaryBoard board, CountyCalendar calendar) {
        this.board = board;
        this.calendar = calendar;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getPreliminaryBoard", summary = "前期工作: the year's not-started projects, each at the step of its timetable it is at, latest first",
            description = "Every PREPARATION project of the year: the first preliminary time node not done (in planned order), since when (the last "
                    + "day a step was done), days late on the day (CountyCalendar), steps done and late. A project without preliminary nodes "
                    + "is listed with step null and judged against its plannedStart. Sorted by daysLate, most first. "
                    + "Open blockers are issues-service's: this service keeps no copy of them, so the board does not count them; "
                    + "the year's open blockers per project are one call away, GET /api/issues/counts?year={year} → openByProject "
                    + "(the console joins the two).")
    @APIResponse(responseCode = "200", description = "the board", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PreliminaryBoard.Board.class), examples = @ExampleObject(name = "one late project", value =
            "{\"year\": 2026, \"asOf\": \"2026-06-30\", \"projects\": 1, \"late\": 1, \"withoutTimetable\": 0, \"lines\": [{"
                    + "\"projectId\": \"0b7f6a4e-2f1c-4d6a-9a51-3c1e2f4d5a60\", \"code\": \"2026-ZD-031\", \"name\": \"城北污水管网工程\", "
                    + "\"category\": \"ECOLOGY\", \"leadUnit\": \"ZJJ\", \"township\": \"城关镇\", \"plannedStart\": \"2026-09-01\", "
                    + "\"step\": {\"milestoneId\": \"5d0c1c1e-8a43-4b7e-9f1a-2b3c4d5e6f70\", \"kind\": \"LAND_APPROVAL\", \"kindLabel\": \"用地审批\", "
                    + "\"name\": \"用地预审与农转用、征收报批（用地指标、占补平衡）\", \"plannedDate\": \"2026-05-20\", \"responsibleUnit\": \"ZJJ\"}, "
                    + "\"since\": \"2026-04-02\", \"daysLate\": 41, \"stepsDone\": 3, \"stepsTotal\": 9, \"lateSteps\": 2}]}")))
    @APIResponse(responseCode = "400", description = "a bad year or asOf", content = @Content(mediaType = "application/problem+json"))
    public Uni<PreliminaryBoard.Board> get(@Parameter(description = "the programme year", example = "2026") @PathParam("year") String year,
                                           @Parameter(description = "the day to judge on (default today)", example = "2026-06-30")
                                           @QueryParam("asOf") String asOf) {
        return board.of(ProgrammeYear.parse(year), calendar.dayOrToday(asOf));
    }
}
