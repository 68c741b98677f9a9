package io.keyprojects.assessment.publication;

import io.keyprojects.assessment.facts.EventLog;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.person.PersonalLedger;
import io.keyprojects.assessment.person.PersonalRecord;
import io.keyprojects.platform.http.QueryParameters;
import io.keyprojects.platform.people.KnownPeople;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's record (实绩档案, "以实绩选干部"), from the stored events replayed like the scores. */
@Path("/api/people/{id}/record")
@Tag(name = "Personal records", description = "实绩档案: what a named person answered for, and how it ended")
public class PersonRecordResource {
    private static final String PROBLEM = "application/problem+json";
    private final EventLog log;
    private final CountyCalendar calendar;
    private final KnownPeople people;

    PersonRecordResource(EventLog log, CountyCalendar calendar, KnownPeople people) {
        this.log = log;
        this.calendar = calendar;
        this.people = people;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.COMMANDER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL})
    @Operation(operationId = "getPersonalRecord", summary = "A person's record for a period: time nodes, blockers and orders they answered for",
            description = "From events only: time nodes due in the period (met on time, late), blockers and supervision orders due or "
                    + "settled in it (within their deadline or not), each with its facts; how often the commander's confirmed lists (奖励、通报批评) of a period ending in it named them. asOf replays the events received by the end "
                    + "of that county day, so a past record comes out the same every time.")
    @APIResponse(responseCode = "200", description = "the record", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PersonalRecord.class), examples = @ExampleObject(name = "a staff member's half year", value = """
                    {"person": "7d1f0a52-4a43-4c43-9a43-7f1f0e5d9a01", "name": "李明", "title": "建设科科长", "unit": "ZJJ",
                     "period": "2026-H1", "asOf": "2026-06-30",
                     "nodes": {"due": 2, "onTime": 1, "late": 1}, "blockers": {"due": 1, "onTime": 1, "late": 0}, "orders": {"due": 0, "onTime": 0, "late": 0},
                     "nodeFacts": [{"id": "0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01", "projectId": "5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11",
                       "projectCode": "2026-ZD-017", "name": "取得施工许可证", "plannedDate": "2026-05-31", "actualDate": "2026-06-10",
                       "onTime": false, "late": true}],
                     "blockerFacts": [{"id": "91aaa010-9ff1-4295-82c9-d7d4bc3235c1", "projectId": "5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11",
                       "what": "3户拆迁户未签约", "deadline": "2026-06-20", "settledOn": "2026-06-18", "onTime": true, "late": false}],
                     "orderFacts": [], "commended": 0, "criticised": 1,
                     "honourFacts": [{"id": "2b6e1c7a-3d4f-4e5a-9b8c-7d6e5f4a3b21", "honour": "CRITICISM", "period": "2026-H1",
                       "basis": "逾期 2 项（时间节点、问题、督办）", "confirmedOn": "2026-07-02"}]}""")))
    @APIResponse(responseCode = "400", description = "a missing or malformed period or asOf", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "no person the registry announced, and nothing ever named on that id", content = @Content(mediaType = PROBLEM))
    public Uni<PersonalRecord> record(@PathParam("id") UUID id,
                                      @Parameter(description = AssessmentPeriod.FORMS, example = "2026-H1") @QueryParam("period") String period,
                                      @Parameter(description = "a past county day to replay the record as of; today when left out", example = "2026-06-30")
                                      @QueryParam("asOf") String asOf) {
        AssessmentPeriod p = AssessmentPeriod.fromQuery(period);
        LocalDate day = asOf == null ? calendar.today() : QueryParameters.read("asOf", asOf, "a date such as 2026-06-30", LocalDate::parse);
        Instant until = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        Instant when = until.isAfter(calendar.now()) ? calendar.now() : until;
        return people.find(id).chain(person -> log.factsAsOf(when, calendar.zone()).map(replayed -> {
            PersonalLedger ledger = replayed.facts().people();
            if (person == null && !ledger.names(id)) {
                throw ProblemException.notFound("person", id);
            }
            return ledger.recordOf(id, p.start(), p.end().minusDays(1), day)
                    .describedAs(person == null ? null : person.name(), person == null ? null : person.title(),
                            person == null ? null : person.unit(), p.label(), day);
        }));
    }
}
