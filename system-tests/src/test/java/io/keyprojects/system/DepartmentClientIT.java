package io.keyprojects.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.county.keyprojects.client.ApiClient;
import cn.county.keyprojects.client.ApiException;
import cn.county.keyprojects.client.api.AssessmentsApi;
import cn.county.keyprojects.client.api.AuditTrailApi;
import cn.county.keyprojects.client.api.DevelopmentApi;
import cn.county.keyprojects.client.api.DispatchMeetingsApi;
import cn.county.keyprojects.client.api.IssuesApi;
import cn.county.keyprojects.client.api.MilestonesApi;
import cn.county.keyprojects.client.api.ProgressApi;
import cn.county.keyprojects.client.api.ProjectsApi;
import cn.county.keyprojects.client.api.PublicApi;
import cn.county.keyprojects.client.api.UnitsApi;
import cn.county.keyprojects.client.model.AuditVerification;
import cn.county.keyprojects.client.model.DecisionRequest;
import cn.county.keyprojects.client.model.IssueCategory;
import cn.county.keyprojects.client.model.IssueReport;
import cn.county.keyprojects.client.model.IssueSeverity;
import cn.county.keyprojects.client.model.IssueStatus;
import cn.county.keyprojects.client.model.IssueTransition;
import cn.county.keyprojects.client.model.IssueView;
import cn.county.keyprojects.client.model.JsonFeedItem;
import cn.county.keyprojects.client.model.MeetingDecisionView;
import cn.county.keyprojects.client.model.MeetingPlan;
import cn.county.keyprojects.client.model.MeetingView;
import cn.county.keyprojects.client.model.MilestoneEdit;
import cn.county.keyprojects.client.model.MilestoneKind;
import cn.county.keyprojects.client.model.MilestonePlan;
import cn.county.keyprojects.client.model.MilestoneView;
import cn.county.keyprojects.client.model.Problem;
import cn.county.keyprojects.client.model.ProgressReportView;
import cn.county.keyprojects.client.model.ProgressSubmission;
import cn.county.keyprojects.client.model.ProjectCategory;
import cn.county.keyprojects.client.model.ProjectEdit;
import cn.county.keyprojects.client.model.ProjectPhase;
import cn.county.keyprojects.client.model.ProjectRegistration;
import cn.county.keyprojects.client.model.ProjectView;
import cn.county.keyprojects.client.model.RankingEntry;
import cn.county.keyprojects.client.model.RankingView;
import cn.county.keyprojects.client.model.ScoreView;
import cn.county.keyprojects.client.model.TokenRequest;
import cn.county.keyprojects.client.model.UnitKind;
import cn.county.keyprojects.client.model.UnitRegistration;
import cn.county.keyprojects.client.model.UnitView;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A department's developer's day, through the Java client that openapi-generator (library {@code native})
 * generates from the system's merged OpenAPI document (system-tests' pom, the command in
 * docs/integrating.md): nothing here but the generated client — typed requests and answers, no URL, no
 * header read, no JSON parsed by hand. The commander registers a unit and a project and adds a time node;
 * the unit's department reports progress, files a blocker and moves it, completes the node; the commander
 * holds a dispatch meeting and records a decision; the auditor reads the ranking, the unit's breakdown, the
 * CSV and the audit log's verification; anyone reads the public feeds.
 */
class DepartmentClientIT {
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final String YEAR = "2026";
    private static final Duration CONVERGE = Duration.ofSeconds(60);

    private static ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RunningSystem.get().gatewayUrl());
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    /** A client that sends one credential with every request, as docs/integrating.md shows. */
    private static ApiClient as(String role, String unit) throws ApiException {
        String token = new DevelopmentApi(anonymous()).mintDevelopmentToken(new TokenRequest().role(role).unit(unit)).getToken();
        ApiClient client = anonymous();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** The entity tag of a version the view carries: the ETag the server sent with it. */
    private static String etag(Long version) {
        return "\"" + version + "\"";
    }

    @Test
    void a_department_works_through_the_generated_client_only() throws Exception {
        ApiClient commander = as("commander", null);
        String unit = "GC" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        UnitView registered = new UnitsApi(commander).registerUnit(
                new UnitRegistration().code(unit).name("生成客户端测试局").kind(UnitKind.BUREAU), UUID.randomUUID().toString());
        assertEquals(unit, registered.getCode());

        String code = "2026-GC-" + unit;
        ProjectsApi projects = new ProjectsApi(commander);
        ProjectView project = projects.registerProject(new ProjectRegistration().code(code).name("城东污水处理厂扩建工程")
                .category(ProjectCategory.ECOLOGY).year(Integer.valueOf(YEAR)).leadUnit(unit).plannedInvestment("18000.00")
                .annualPlannedInvestment("6000.00").plannedStart(LocalDate.parse("2026-03-01")).plannedEnd(LocalDate.parse("2027-06-30")),
                UUID.randomUUID().toString());
        assertNotNull(project.getId());
        assertEquals("18000.00", project.getPlannedInvestment(), "money is an exact decimal string");
        assertEquals(ProjectPhase.PREPARATION, project.getPhase());
        ProjectView replanned = projects.updateProject(project.getId(), etag(project.getVersion()),
                new ProjectEdit().leadOfficial("王副县长"));
        assertEquals("王副县长", replanned.getLeadOfficial());

        MilestoneView permit = new MilestonesApi(commander).addMilestone(project.getId(),
                new MilestonePlan().kind(MilestoneKind.CONSTRUCTION_PERMIT).plannedDate(LocalDate.parse("2026-05-31")).durationDays(20), null);
        assertEquals(MilestoneKind.CONSTRUCTION_PERMIT, permit.getKind());

        // the unit's department
        ApiClient department = as("department", unit);
        ProgressReportView report = new ProgressApi(department).reportProgress(project.getId(), new ProgressSubmission()
                .period("2026-07").progressPercent(new BigDecimal("45")).completedInvestment("5400.00").narrative("主体结构封顶"), null);
        assertEquals(0, new BigDecimal("45").compareTo(report.getProgressPercent()));
        assertEquals("5400.00", report.getCompletedInvestment());
        MilestoneView completed = new MilestonesApi(department).updateMilestone(permit.getId(), project.getId(), etag(permit.getVersion()),
                new MilestoneEdit().completed(true).actualDate(LocalDate.parse("2026-05-28")));
        assertEquals(LocalDate.parse("2026-05-28"), completed.getActualDate());

        // a department of another unit is refused, and the problem comes typed
        ApiClient stranger = as("department", "ZZ" + unit.substring(2));
        ApiException refused = assertThrows(ApiException.class, () -> new ProgressApi(stranger).reportProgress(project.getId(),
                new ProgressSubmission().period("2026-07").progressPercent(new BigDecimal("50")), null));
        assertEquals(403, refused.getCode());
        Problem problem = stranger.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(403, problem.getStatus());

        // a blocker: issues-service knows the project once projects.events brought it
        IssuesApi issues = new IssuesApi(department);
        IssueReport blocker = new IssueReport().projectId(project.getId()).category(IssueCategory.DEMOLITION)
                .severity(IssueSeverity.HIGH).title("3户拆迁户未签约").responsibleUnit(unit);
        String blockerKey = UUID.randomUUID().toString();
        IssueView issue = await().atMost(CONVERGE).pollInterval(Duration.ofMillis(500)).ignoreException(ApiException.class)
                .until(() -> issues.reportIssue(blocker, blockerKey), v -> v != null);
        assertEquals(IssueStatus.OPEN, issue.getStatus());
        IssueView acknowledged = issues.transitionIssue(issue.getId(), new IssueTransition().to(IssueStatus.ACKNOWLEDGED), etag(issue.getVersion()));
        IssueView inHand = issues.transitionIssue(issue.getId(), new IssueTransition().to(IssueStatus.IN_COORDINATION).comment("镇村两级协调中"),
                etag(acknowledged.getVersion()));
        assertEquals(IssueStatus.IN_COORDINATION, inHand.getStatus());
        assertTrue(issues.getIssueHistory(issue.getId(), null).size() >= 3, "reported and moved twice, each in the history");

        // the dispatch meeting takes the blocker and decides who does what by when
        LocalDate today = LocalDate.now(COUNTY);
        DispatchMeetingsApi meetings = new DispatchMeetingsApi(commander);
        MeetingView meeting = meetings.recordMeeting(new MeetingPlan().heldOn(today).title("重点工程调度会").convener("县城建指挥部")
                .attendees(List.of("生成客户端测试局 张局长")).agenda(List.of(issue.getId())), null);
        MeetingDecisionView decision = meetings.recordDecision(meeting.getId(), new DecisionRequest().issueId(issue.getId())
                .assignedUnit(unit).deadline(today.plusDays(14)).decision("月底前完成签约"), null);
        assertEquals(issue.getId(), decision.getIssueId());
        assertEquals(1, meetings.getMeeting(meeting.getId(), null).getDecisions().size());

        // the auditor's reading: ranking, breakdown, CSV, audit log
        ApiClient auditor = as("auditor", null);
        AssessmentsApi assessments = new AssessmentsApi(auditor);
        RankingView ranking = await().atMost(CONVERGE).pollInterval(Duration.ofSeconds(1))
                .until(() -> assessments.getRanking(YEAR, null), r -> r.getEntries().stream().map(RankingEntry::getUnit).anyMatch(unit::equals));
        assertEquals(YEAR, ranking.getPeriod());
        ScoreView breakdown = assessments.getUnitBreakdown(unit, YEAR, null);
        assertEquals(unit, breakdown.getUnit());
        assertFalse(breakdown.getRules().isEmpty(), "every rule's points are in the breakdown");
        File csv = assessments.exportScoresCsv(YEAR, null);
        assertTrue(Files.readString(csv.toPath(), StandardCharsets.UTF_8).contains("," + unit + ","), "the CSV has the unit's lines");
        AuditVerification verification = new AuditTrailApi(auditor).verifyAuditTrail(null);
        assertEquals(Boolean.TRUE, verification.getIntact(), verification.getReason());
        assertNotNull(verification.getEntries(), "how many entries were checked");

        // the public feeds, with no credential at all
        PublicApi open = new PublicApi(anonymous());
        String reached = code + ":milestone:" + permit.getId();
        List<JsonFeedItem> items = await().atMost(CONVERGE).pollInterval(Duration.ofMillis(500))
                .until(() -> open.getJsonFeed(Integer.valueOf(YEAR), null).getItems(), all -> all.stream().anyMatch(i -> reached.equals(i.getId())));
        assertFalse(items.isEmpty());
        File atom = open.getAtomFeed(Integer.valueOf(YEAR), null);
        assertTrue(Files.readString(atom.toPath(), StandardCharsets.UTF_8).contains(reached), "the Atom feed has the time node too");
        assertTrue(open.listPublicProjects(null, 0, null, 100, Integer.valueOf(YEAR), null).getTotal() > 0);
    }
}
