package io.keyprojects.projects.programme;

import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The county's today as the services count it. A client's own clock is not it: the browser may sit in another
 * zone, and the demo stack lives on the speech's day whatever day it runs — so the console takes its default
 * dates and years from here, and a form never proposes a day the services would call the future.
 */
@Path("/api/programme/today")
@Tag(name = "Programme")
public class CountyTodayResource {
    private final CountyCalendar calendar;

    CountyTodayResource(CountyCalendar calendar) {
        this.calendar = calendar;
    }

    @Schema(description = "The county's day: every deadline, SLA, period and default year is counted on it")
    public record CountyToday(
            @Schema(description = "today in the county (its time zone)", example = "2026-06-30") LocalDate today,
            @Schema(description = "the programme year today falls in", example = "2026") int year,
            @Schema(description = "the county's time zone", example = "Asia/Shanghai") String zone) {
    }

    @GET
    @NonBlocking
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getCountyToday", summary = "Today in the county: the day, the programme year and the time zone",
            description = "The day the services judge on when a request names none (deadlines, overdue, 序时进度, default year).")
    @APIResponse(responseCode = "200", description = "the county's today", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = CountyToday.class),
            examples = @ExampleObject(name = "today", value = """
                    {"today": "2026-06-30", "year": 2026, "zone": "Asia/Shanghai"}""")))
    public CountyToday today() {
        LocalDate today = calendar.today();
        return new CountyToday(today, today.getYear(), calendar.zone().getId());
    }
}
