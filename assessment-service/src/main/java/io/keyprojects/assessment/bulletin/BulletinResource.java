package io.keyprojects.assessment.bulletin;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supervision/bulletins")
@Tag(name = "Bulletins", description = "督查通报: periodic bulletins generated from the facts, as JSON and as a readable page")
public class BulletinResource {
    static final String EXAMPLE = """
            {"id":"7c1dca19-1b5d-4b6e-8498-66d6b2e24174","period":"2026-05","title":"2026-05 重点工程督查通报","publishedAt":"2026-06-01T00:00:00Z","publishedBy":"定期通报","scheduled":true,
             "content":{"period":"2026-05","evaluationDate":"2026-05-31","rulesetVersion":1,
              "progress":{"projects":56,"started":27,"completed":4,"notStarted":29,"spi":0.874},
              "units":[{"rank":1,"unit":"ZJJ","unitName":"住建局","projects":9,"started":7,"completed":1,"spi":0.962,"openBlockers":2,
                        "overdueOrders":0,"total":91.20,"grade":"EXCELLENT","outcome":"COMMENDATION"}],
              "laggingProjects":[{"project":"2026-ZD-031","projectName":"城关镇老旧小区改造","unit":"CGZ","unitName":"城关镇","plannedPercent":48.50,"actualPercent":20,"lagPoints":28.50}],
              "problems":{"laggingUnits":[{"unit":"CGZ","unitName":"城关镇","spi":0.412,"laggingProjects":1}],
                          "lateNodes":[{"projectCode":"2026-ZD-031","projectName":"城关镇老旧小区改造","unit":"CGZ","node":"施工许可","plannedDate":"2026-04-30","daysLate":31}],
                          "lateBlockers":[{"id":"0b8f5a7e-3d1c-4c55-9a55-1f7f4f3e9d10","projectCode":"2026-ZD-031","projectName":"城关镇老旧小区改造","category":"DEMOLITION","title":"3 户未签约","unit":"CGZ","status":"IN_COORDINATION","dueDate":"2026-05-15","daysLate":16}],
                          "lateOrders":[{"id":"5f0c2a51-8b9e-4d1f-a2c3-6e7d8f9a0b1c","unit":"CGZ","status":"SIGNED_FOR","deadline":"2026-05-20","daysLate":11}]},
              "openBlockers":14,"overdueRectifications":2,"commended":["ZJJ"],"criticised":["CGZ"]}}""";
    static final String SCHEDULE_EXAMPLE = """
            {"cron":"0 0 8 1 * ?","timeZone":"Asia/Shanghai","cycle":"MONTH","nextRun":"2026-07-01T00:00:00Z","duePeriod":"2026-05",
             "duePeriodBulletin":"7c1dca19-1b5d-4b6e-8498-66d6b2e24174"}""";

    private final Bulletins bulletins;
    private final BulletinSchedule schedule;
    private final BulletinPage pages;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    BulletinResource(Bulletins bulletins, BulletinSchedule schedule, BulletinPage pages, Caller caller, IdempotentRequests idempotency) {
        this.bulletins = bulletins;
        this.schedule = schedule;
        this.pages = pages;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "publishBulletin", summary = "Generate and publish the period's bulletin from the facts as of now (supervisor); announced as bulletin-published")
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BulletinView.class), examples = @ExampleObject(name = "bulletin", value = EXAMPLE)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> publish(@Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                 @Parameter(description = "2026, 2026-H1, 2026-Q3 or 2026-07", example = "2026-Q2", required = true)
                                 @QueryParam("period") String period) {
        var p = AssessmentPeriod.fromQuery(period);
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/supervision/bulletins?period=" + p.label(), null,
                () -> bulletins.publish(p, caller.name())
                        .map(b -> Response.created(URI.create("/api/supervision/bulletins/" + b.id())).entity(b).build()));
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "listBulletins", summary = "Bulletins, newest first, paged: the period's, or every period's without one "
            + "(scheduled ones, 定期通报, included: last month's is here without anyone asking for it)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PageBulletinView"), examples = @ExampleObject(name = "bulletins",
            value = "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @APIResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
    public Uni<Page<BulletinView>> list(@Parameter(description = "2026, 2026-H1, 2026-Q3 or 2026-07; every period when left out", example = "2026-05")
                                        @QueryParam("period") String period,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return bulletins.of(period == null ? null : AssessmentPeriod.fromQuery(period), PageRequest.of(page, size));
    }

    @GET
    @Path("/schedule")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "getBulletinSchedule", summary = "The bulletin schedule (定期通报): cron, cycle, next run, the period it publishes and whether that period has its bulletin")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScheduleView.class),
            examples = @ExampleObject(name = "schedule", value = SCHEDULE_EXAMPLE)))
    public Uni<ScheduleView> schedule() {
        return schedule.view();
    }

    @POST
    @Path("/schedule/run")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "runBulletinSchedule", summary = "Run the bulletin schedule now (supervisor): publishes the period's scheduled bulletin unless it has one; "
            + "a second run creates nothing. Without a period, the last period that has ended")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScheduledRun.class),
            examples = @ExampleObject(name = "created", value = "{\"period\":\"2026-05\",\"created\":true,\"bulletin\":" + EXAMPLE + "}")))
    @APIResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
    public Uni<ScheduledRun> runSchedule(@Parameter(description = "2026, 2026-H1, 2026-Q3 or 2026-07; the last ended period of the cycle when left out", example = "2026-05")
                                         @QueryParam("period") String period) {
        return schedule.run(period == null ? null : AssessmentPeriod.fromQuery(period));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "getBulletin", summary = "One bulletin as JSON (ask for text/html, or add .html, for the readable page)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BulletinView.class), examples = @ExampleObject(name = "bulletin", value = EXAMPLE)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    public Uni<BulletinView> one(@PathParam("id") UUID id) {
        return bulletins.one(id);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    // the same page as getBulletinPage, by content negotiation: left out of the document so a generated client's
    // getBulletin asks for JSON only
    @Operation(hidden = true)
    public Uni<String> page(@PathParam("id") UUID id) {
        return bulletins.one(id).map(pages::html);
    }

    @GET
    @Path("/{id}/public.html")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "getPublicBulletinPage", summary = "The public version of one bulletin as an HTML page (what the public site shows at /public/bulletins/{id}): "
            + "no blocker wording, no order numbers, no publisher, no contact details")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "page",
            value = "<!DOCTYPE html><html lang=\"zh-CN\">…<h1>2026-05 重点工程督查通报</h1>…<p class=\"note\">公开版：…</p>…</html>")))
    @APIResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    public Uni<String> publicPage(@PathParam("id") UUID id) {
        return bulletins.one(id).map(pages::publicHtml);
    }

    @GET
    @Path("/{id}.html")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "getBulletinPage", summary = "One bulletin as a readable HTML page (for links)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "page",
            value = "<!DOCTYPE html><html lang=\"zh-CN\">…<h1>2026-Q2 重点工程督查通报</h1>…</html>")))
    public Uni<String> pageByName(@PathParam("id") UUID id) {
        return page(id);
    }
}
