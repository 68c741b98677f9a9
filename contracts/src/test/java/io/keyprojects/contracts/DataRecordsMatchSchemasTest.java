package io.keyprojects.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.audit.Checkpoint;
import io.keyprojects.contracts.audit.CheckpointKeys;
import io.keyprojects.contracts.data.AnnualTargetSet;
import io.keyprojects.contracts.data.AuditCheckpointPublished;
import io.keyprojects.contracts.data.BulletinPublished;
import io.keyprojects.contracts.data.PublicBulletinPublished;
import io.keyprojects.contracts.data.PublicityPublished;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.contracts.data.RectificationOverdue;
import io.keyprojects.contracts.data.RectificationStatusChanged;
import io.keyprojects.contracts.data.RulesetChanged;
import io.keyprojects.contracts.data.ScorePublished;
import io.keyprojects.contracts.data.BaselineApproved;
import io.keyprojects.contracts.data.DemolitionCaseOpened;
import io.keyprojects.contracts.data.DemolitionCaseStepRecorded;
import io.keyprojects.contracts.data.DemolitionUpdated;
import io.keyprojects.contracts.data.FundingUpdated;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.LandUpdated;
import io.keyprojects.contracts.data.PersonRegistered;
import io.keyprojects.contracts.data.PersonUpdated;
import io.keyprojects.contracts.data.IssueEscalated;
import io.keyprojects.contracts.data.IssueOverdue;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.IssueStatusChanged;
import io.keyprojects.contracts.data.MeetingDecisionRecorded;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.MilestoneOverdue;
import io.keyprojects.contracts.data.MilestonePlanned;
import io.keyprojects.contracts.data.PlanChanged;
import io.keyprojects.contracts.data.ProgressReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectUpdated;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.UnitRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Java records producers and consumers share must produce events their schemas accept. */
class DataRecordsMatchSchemasTest {
    private static final UUID ID = UUID.fromString("0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01");

    private static void assertValid(EventType type, Object data) {
        var event = CloudEvent.of(type, ID.toString(), EventJson.MAPPER.valueToTree(data), Instant.now());
        assertEquals(List.of(), EventSchemas.violations(EventJson.write(event)), type.name());
    }

    @Test
    void score_published() {
        assertValid(EventType.SCORE_PUBLISHED, new ScorePublished(ID, "2026-H1", "ZJJ", 1, new BigDecimal("91.25"),
                "EXCELLENT", "COMMENDATION", 1, Instant.parse("2026-07-01T00:00:00Z"), Instant.now(), "commander",
                List.of(new ScorePublished.RulePoints("SCHEDULE", new BigDecimal("28.50"), new BigDecimal("30")),
                        new ScorePublished.RulePoints("SUPERVISION", new BigDecimal("-2"), BigDecimal.TEN))));
    }

    @Test
    void ruleset_changed() {
        assertValid(EventType.RULESET_CHANGED, new RulesetChanged(ID, 2, "2026年度重点工程考核办法", LocalDate.parse("2026-07-01"),
                "0".repeat(64), "commander"));
    }

    @Test
    void bulletin_published() {
        assertValid(EventType.BULLETIN_PUBLISHED, new BulletinPublished(ID, "2026-Q2", "2026年第二季度重点工程督查通报",
                List.of("ZJJ"), List.of("CGZ"), 3, 5, 1, Instant.now(), "supervisor"));
    }

    @Test
    void public_bulletin_published() {
        assertValid(EventType.PUBLIC_BULLETIN_PUBLISHED, new PublicBulletinPublished(ID, "2026-05", "2026-05 重点工程督查通报",
                "统计至 2026-05-31：进度滞后项目 3 个，逾期时间节点 2 个。", List.of("2026-ZD-031"), List.of("住建局"), List.of("城关镇"), Instant.now()));
    }

    @Test
    void publicity_published() {
        assertValid(EventType.PUBLICITY_PUBLISHED, new PublicityPublished(ID, PublicityPublished.EXPOSURE, ID, "2026-ZD-031", "城东污水处理厂",
                "阻挠施工问题曝光", "某村个别人员阻挠施工，已依法处理。", Instant.now()));
    }

    @Test
    void audit_checkpoint_published() {
        var keys = CheckpointKeys.generate();
        assertValid(EventType.AUDIT_CHECKPOINT_PUBLISHED, AuditCheckpointPublished.of(Checkpoint.sign("keyprojects.county/assessment-service/audit",
                42, "9b2e".repeat(16), "2026-07-01T08:01:00.123456Z", keys.getPrivate(), CheckpointKeys.keyId(keys.getPublic()))));
    }

    @Test
    void rectification_issued_changed_and_overdue() {
        assertValid(EventType.RECTIFICATION_ISSUED, new RectificationIssued(ID, ID, ID, null, "CGZ", "拆迁进度滞后，限期整改",
                LocalDate.parse("2026-05-01"), "ISSUED", "supervisor"));
        assertValid(EventType.RECTIFICATION_STATUS_CHANGED, new RectificationStatusChanged(ID, "CGZ", "ISSUED", "SIGNED_FOR",
                LocalDate.parse("2026-05-01"), "department@CGZ", null));
        assertValid(EventType.RECTIFICATION_OVERDUE, new RectificationOverdue(ID, "CGZ", LocalDate.parse("2026-05-01"), "IN_HAND"));
    }

    @Test
    void inspection_recorded_and_honour_confirmed() {
        assertValid(EventType.INSPECTION_RECORDED, new io.keyprojects.contracts.data.InspectionRecorded(ID, "SELF", "ZJJ", ID,
                LocalDate.parse("2026-06-20"), "城东安置房项目自查", 2, "department@ZJJ"));
        assertValid(EventType.HONOUR_CONFIRMED, new io.keyprojects.contracts.data.HonourConfirmed(ID, "2026-H1", "CRITICISM", "PERSON",
                "CGZ", ID, "李明", "2 time nodes late", Instant.now(), "commander"));
    }

    @Test
    void unit_registered() {
        assertValid(EventType.UNIT_REGISTERED, new UnitRegistered("ZJJ", "住建局", "BUREAU"));
    }

    @Test
    void person_registered_and_updated() {
        assertValid(EventType.PERSON_REGISTERED, new PersonRegistered(ID, "王建国", "副县长", null, "COUNTY_LEADER", 0, "commander"));
        assertValid(EventType.PERSON_REGISTERED, new PersonRegistered(ID, "李明", "科长", "ZJJ", "STAFF", 0, "department@ZJJ"));
        assertValid(EventType.PERSON_UPDATED, new PersonUpdated(ID, "李明", "副局长", "ZJJ", "UNIT_HEAD", true, 2,
                List.of("title", "kind"), "commander"));
    }

    @Test
    void project_registered() {
        assertValid(EventType.PROJECT_REGISTERED, new ProjectRegistered(ID, "2026-ZD-001", "城东污水处理厂", "ECOLOGY",
                2026, "ZJJ", "王副县长", List.of("ZRJ"), "城关镇", new BigDecimal("18000.00"), new BigDecimal("6000"),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2027-06-30"), "PREPARATION", BigDecimal.ZERO, 0, "commander"));
    }

    @Test
    void a_registration_published_before_the_field_was_renamed_still_reads_who_registered_it() throws Exception {
        String old = "{\"id\": \"" + ID + "\", \"code\": \"2026-ZD-001\", \"createdBy\": \"commander\"}";
        assertEquals("commander", EventJson.MAPPER.readValue(old, ProjectRegistered.class).registeredBy());
    }

    @Test
    void a_field_the_schema_does_not_declare_is_a_violation() {
        var data = EventJson.MAPPER.createObjectNode().put("code", "ZJJ").put("name", "住建局").put("kind", "BUREAU")
                .put("internalNote", "not in the contract");
        var event = CloudEvent.of(EventType.UNIT_REGISTERED, "ZJJ", data, Instant.now());
        var violations = EventSchemas.violations(EventJson.write(event));
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("internalNote"), violations.get(0));
    }

    @Test
    void milestone_planned() {
        assertValid(EventType.MILESTONE_PLANNED, new MilestonePlanned(ID, ID, "2026-ZD-001", "ZJJ", "CONSTRUCTION", "主体结构封顶",
                LocalDate.parse("2026-10-31"), 120, new BigDecimal("70"), 0, "commander"));
        assertValid(EventType.MILESTONE_PLANNED, new MilestonePlanned(ID, ID, "2026-ZD-001", "ZJJ", "CONSTRUCTION_PERMIT",
                "施工许可", LocalDate.parse("2026-05-31"), null, null, 2, "department@ZJJ"));
    }

    @Test
    void project_phase_changed() {
        assertValid(EventType.PROJECT_PHASE_CHANGED, new ProjectPhaseChanged(ID, "2026-ZD-001", "ZJJ", "PREPARATION",
                "UNDER_CONSTRUCTION", LocalDate.parse("2026-03-02"), null, BigDecimal.ZERO, 1, "commander", null));
    }

    @Test
    void project_updated() {
        assertValid(EventType.PROJECT_UPDATED, new ProjectUpdated(ID, "2026-ZD-001", "城东污水处理厂", null, "ECOLOGY",
                2026, "ZJJ", "王副县长", List.of("ZRJ"), "城关镇", new BigDecimal("18000.00"), new BigDecimal("6000"),
                new BigDecimal("1200.50"), LocalDate.parse("2026-03-01"), LocalDate.parse("2027-06-30"),
                LocalDate.parse("2026-03-05"), null, "UNDER_CONSTRUCTION", new BigDecimal("12.5"), 3,
                List.of("progressPercent", "completedInvestment"), "department@ZJJ"));
    }

    @Test
    void milestone_completed() {
        assertValid(EventType.MILESTONE_COMPLETED, new MilestoneCompleted(ID, ID, "2026-ZD-001", "ZJJ", "CONSTRUCTION_PERMIT",
                "施工许可", LocalDate.parse("2026-04-30"), LocalDate.parse("2026-04-28"), true, "department@ZJJ"));
    }

    @Test
    void milestone_overdue() {
        assertValid(EventType.MILESTONE_OVERDUE, new MilestoneOverdue(ID, ID, "2026-ZD-001", "ZJJ", "LAND_APPROVAL",
                "用地审批", LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-02"), 2));
    }

    @Test
    void progress_reported() {
        assertValid(EventType.PROGRESS_REPORTED, new ProgressReported(ID, ID, "2026-ZD-001", "ZJJ", "2026-07",
                new BigDecimal("45.00"), new BigDecimal("38.5"), new BigDecimal("5400.00"), new BigDecimal("4100"),
                "主体结构封顶", null, 7, Instant.parse("2026-07-31T09:00:00Z"), "department@ZJJ"));
        assertValid(EventType.PROGRESS_REPORTED, new ProgressReported(ID, ID, "2026-ZD-001", "ZJJ", "2026-07",
                new BigDecimal("45.00"), new BigDecimal("38.5"), new BigDecimal("5400.00"), new BigDecimal("4100"),
                "主体结构封顶", null, 7, Instant.parse("2026-07-31T09:00:00Z"), "department@ZJJ", new BigDecimal("1300.00")));
    }

    @Test
    void annual_target_set() {
        assertValid(EventType.ANNUAL_TARGET_SET, new AnnualTargetSet(ID, "2026-ZD-001", "ZJJ", 2026, new BigDecimal("6000.00"),
                "主体结构封顶", new BigDecimal("60"), 1, Instant.parse("2026-02-10T02:00:00Z"), "department@ZJJ"));
        assertValid(EventType.ANNUAL_TARGET_SET, new AnnualTargetSet(ID, "2026-ZD-001", "ZJJ", 2026, new BigDecimal("0"),
                null, new BigDecimal("100"), 2, Instant.parse("2026-02-10T02:00:00Z"), "commander"));
    }

    @Test
    void baseline_approved_and_plan_changed() {
        assertValid(EventType.BASELINE_APPROVED, new BaselineApproved(ID, "2026-ZD-001", "ZJJ", 2026, true,
                LocalDate.parse("2026-03-01"), LocalDate.parse("2027-06-30"), new BigDecimal("18000.00"), null,
                List.of(new BaselineApproved.Node(ID, "CONSTRUCTION_PERMIT", "施工许可", LocalDate.parse("2026-04-30"), null),
                        new BaselineApproved.Node(ID, "CONSTRUCTION", "主体结构封顶", LocalDate.parse("2026-10-31"), new BigDecimal("70"))),
                Instant.parse("2026-01-20T02:00:00Z"), "commander"));
        assertValid(EventType.PLAN_CHANGED, new PlanChanged(ID, "2026-ZD-001", "ZJJ", null, null,
                List.of(new PlanChanged.Change("plannedEnd", "2027-06-30", "2027-09-30", "2027-06-30"),
                        new PlanChanged.Change("plannedInvestment", null, "18000.00", null)),
                "拆迁安置延后三个月", Instant.parse("2026-06-12T02:00:00Z"), "commander"));
        assertValid(EventType.PLAN_CHANGED, new PlanChanged(ID, "2026-ZD-001", "ZJJ", ID, "施工许可",
                List.of(new PlanChanged.Change("plannedDate", "2026-04-30", "2026-06-30", "2026-04-30")),
                "用地预审未通过", Instant.parse("2026-06-12T02:00:00Z"), "department@ZJJ"));
    }

    @Test
    void land_updated() {
        assertValid(EventType.LAND_UPDATED, new LandUpdated(ID, "2026-ZD-001", "ZJJ", new BigDecimal("120.50"),
                new BigDecimal("80"), new BigDecimal("60.00"), "SUBMITTED", 2, Instant.parse("2026-06-12T02:00:00Z"), "department@ZJJ"));
    }

    @Test
    void funding_updated() {
        assertValid(EventType.FUNDING_UPDATED, new FundingUpdated(ID, "2026-ZD-001", "FGJ",
                List.of(new FundingUpdated.Source("SUPERIOR_GRANT", new BigDecimal("5000.00"), new BigDecimal("5000"), new BigDecimal("2000")),
                        new FundingUpdated.Source("SOCIAL_CAPITAL", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)),
                new BigDecimal("5000.00"), new BigDecimal("5000"), new BigDecimal("2000"), BigDecimal.ZERO, 1,
                Instant.parse("2026-06-12T02:00:00Z"), "department@FGJ"));
    }

    @Test
    void demolition_updated_and_its_cases() {
        assertValid(EventType.DEMOLITION_UPDATED, new DemolitionUpdated(ID, "2026-ZD-001", "ZJJ", 48, new BigDecimal("9600.00"), 46, 2, 3,
                Instant.parse("2026-06-12T02:00:00Z"), "department@ZJJ"));
        assertValid(EventType.DEMOLITION_CASE_OPENED, new DemolitionCaseOpened(ID, ID, "2026-ZD-001", "ZJJ", "张某某", null,
                Instant.parse("2026-04-09T08:00:00Z"), "department@ZJJ"));
        assertValid(EventType.DEMOLITION_CASE_STEP_RECORDED, new DemolitionCaseStepRecorded(ID, ID, "2026-ZD-001", "ZJJ", "张某某",
                "NOTICE", 1, LocalDate.parse("2026-04-10"), "征收公告", "VALUATION", Instant.parse("2026-04-10T08:00:00Z"), "commander"));
        assertValid(EventType.DEMOLITION_CASE_STEP_RECORDED, new DemolitionCaseStepRecorded(ID, ID, "2026-ZD-001", "ZJJ", "张某某",
                "ENFORCEMENT", 6, LocalDate.parse("2026-06-20"), null, null, Instant.parse("2026-06-20T08:00:00Z"), "commander"));
    }

    @Test
    void issue_reported() {
        assertValid(EventType.ISSUE_REPORTED, new IssueReported(ID, ID, "DEMOLITION", "HIGH", "拆迁户未签约",
                "CGZ", LocalDate.parse("2026-04-01"), "OPEN", "department@CGZ"));
    }

    @Test
    void issue_workflow_events() {
        assertValid(EventType.ISSUE_STATUS_CHANGED, new IssueStatusChanged(ID, ID, "CGZ", "OPEN", "ACKNOWLEDGED",
                "已接收，正在约谈拆迁户", LocalDate.parse("2026-04-01"), 1, "department@CGZ", Instant.now()));
        assertValid(EventType.ISSUE_ESCALATED, new IssueEscalated(ID, ID, "CGZ", "IN_COORDINATION",
                LocalDate.parse("2026-04-01"), true, "system", "overdue 5 days, beyond the 3-day grace period"));
        assertValid(EventType.ISSUE_RESOLVED, new IssueResolved(ID, ID, "DEMOLITION", "CGZ", "3户均已签约",
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-03-30"), true, "department@CGZ"));
        assertValid(EventType.ISSUE_OVERDUE, new IssueOverdue(ID, ID, "DEMOLITION", "HIGH", "CGZ", "OPEN",
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-03"), 2));
        assertValid(EventType.MEETING_DECISION_RECORDED, new MeetingDecisionRecorded(ID, LocalDate.parse("2026-04-10"), ID, ID,
                "ZRJ", LocalDate.parse("2026-04-30"), "自然资源局牵头，4月底前完成用地报批", "commander"));
    }

    @Test
    void endpoint_disabled_and_delivery_failed() {
        assertValid(EventType.ENDPOINT_DISABLED, new io.keyprojects.contracts.data.EndpointDisabled(ID, "ZJJ",
                "https://zjj.county.gov.cn/hooks", "FAILING", Instant.parse("2026-06-29T02:00:00Z"), Instant.parse("2026-06-30T02:00:00Z")));
        assertValid(EventType.ENDPOINT_DISABLED, new io.keyprojects.contracts.data.EndpointDisabled(ID, "ZJJ",
                "https://zjj.county.gov.cn/hooks", "GONE", null, Instant.parse("2026-06-30T02:00:00Z")));
        assertValid(EventType.DELIVERY_FAILED, new io.keyprojects.contracts.data.DeliveryFailed(ID, ID, "ZJJ",
                ID.toString(), "county.issues.issue-escalated.v1", 10, 503, null));
    }
}
