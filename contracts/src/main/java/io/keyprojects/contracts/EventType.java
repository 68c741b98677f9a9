package io.keyprojects.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type of the platform. A type name never changes meaning: a new version is a new
 * constant ({@code .v2}) and the old one keeps being understood. Each has a JSON Schema for its
 * {@code data} under {@code /schemas/<typeName>.json}, whose {@code $id} is {@link #dataSchema()}.
 */
public enum EventType {
    // assessment-service (考核、督查、通报)
    SCORE_PUBLISHED("county.assessment.score-published.v1", Topics.ASSESSMENT, "/assessment-service"),
    RULESET_CHANGED("county.assessment.ruleset-changed.v1", Topics.ASSESSMENT, "/assessment-service"),
    BULLETIN_PUBLISHED("county.assessment.bulletin-published.v1", Topics.ASSESSMENT, "/assessment-service"),
    RECTIFICATION_ISSUED("county.assessment.rectification-issued.v1", Topics.ASSESSMENT, "/assessment-service"),
    RECTIFICATION_STATUS_CHANGED("county.assessment.rectification-status-changed.v1", Topics.ASSESSMENT, "/assessment-service"),
    RECTIFICATION_OVERDUE("county.assessment.rectification-overdue.v1", Topics.ASSESSMENT, "/assessment-service"),
    AUDIT_CHECKPOINT_PUBLISHED("county.assessment.audit-checkpoint-published.v1", Topics.ASSESSMENT, "/assessment-service"),
    INSPECTION_RECORDED("county.assessment.inspection-recorded.v1", Topics.ASSESSMENT, "/assessment-service"),
    HONOUR_CONFIRMED("county.assessment.honour-confirmed.v1", Topics.ASSESSMENT, "/assessment-service"),
    PUBLIC_BULLETIN_PUBLISHED("county.assessment.public-bulletin-published.v1", Topics.ASSESSMENT, "/assessment-service"),
    PUBLICITY_PUBLISHED("county.assessment.publicity-published.v1", Topics.ASSESSMENT, "/assessment-service"),

    // projects-service (项目库)
    UNIT_REGISTERED("county.projects.unit-registered.v1", Topics.PROJECTS, "/projects-service"),
    PERSON_REGISTERED("county.projects.person-registered.v1", Topics.PROJECTS, "/projects-service"),
    PERSON_UPDATED("county.projects.person-updated.v1", Topics.PROJECTS, "/projects-service"),
    PROJECT_REGISTERED("county.projects.project-registered.v1", Topics.PROJECTS, "/projects-service"),
    PROJECT_PHASE_CHANGED("county.projects.project-phase-changed.v1", Topics.PROJECTS, "/projects-service"),
    PROJECT_UPDATED("county.projects.project-updated.v1", Topics.PROJECTS, "/projects-service"),
    MILESTONE_PLANNED("county.projects.milestone-planned.v1", Topics.PROJECTS, "/projects-service"),
    MILESTONE_COMPLETED("county.projects.milestone-completed.v1", Topics.PROJECTS, "/projects-service"),
    MILESTONE_OVERDUE("county.projects.milestone-overdue.v1", Topics.PROJECTS, "/projects-service"),
    PROGRESS_REPORTED("county.projects.progress-reported.v1", Topics.PROJECTS, "/projects-service"),
    LAND_UPDATED("county.projects.land-updated.v1", Topics.PROJECTS, "/projects-service"),
    FUNDING_UPDATED("county.projects.funding-updated.v1", Topics.PROJECTS, "/projects-service"),
    DEMOLITION_UPDATED("county.projects.demolition-updated.v1", Topics.PROJECTS, "/projects-service"),
    DEMOLITION_CASE_OPENED("county.projects.demolition-case-opened.v1", Topics.PROJECTS, "/projects-service"),
    DEMOLITION_CASE_STEP_RECORDED("county.projects.demolition-case-step-recorded.v1", Topics.PROJECTS, "/projects-service"),
    ANNUAL_TARGET_SET("county.projects.annual-target-set.v1", Topics.PROJECTS, "/projects-service"),
    BASELINE_APPROVED("county.projects.baseline-approved.v1", Topics.PROJECTS, "/projects-service"),
    PLAN_CHANGED("county.projects.plan-changed.v1", Topics.PROJECTS, "/projects-service"),

    // issues-service (问题清单)
    ISSUE_REPORTED("county.issues.issue-reported.v1", Topics.ISSUES, "/issues-service"),
    ISSUE_STATUS_CHANGED("county.issues.issue-status-changed.v1", Topics.ISSUES, "/issues-service"),
    ISSUE_ESCALATED("county.issues.issue-escalated.v1", Topics.ISSUES, "/issues-service"),
    ISSUE_RESOLVED("county.issues.issue-resolved.v1", Topics.ISSUES, "/issues-service"),
    ISSUE_OVERDUE("county.issues.issue-overdue.v1", Topics.ISSUES, "/issues-service"),
    MEETING_DECISION_RECORDED("county.issues.meeting-decision-recorded.v1", Topics.ISSUES, "/issues-service"),

    // notifications-service (webhooks to departments' systems)
    ENDPOINT_DISABLED("county.notifications.endpoint-disabled.v1", Topics.NOTIFICATIONS, "/notifications-service"),
    DELIVERY_FAILED("county.notifications.delivery-failed.v1", Topics.NOTIFICATIONS, "/notifications-service");

    /** Where every schema's {@code $id} lives: the envelope's and each type's. */
    public static final String SCHEMA_BASE_URI = "https://keyprojects.county/schemas/";

    private final String typeName;
    private final String topic;
    private final String source;

    EventType(String typeName, String topic, String source) {
        this.typeName = typeName;
        this.topic = topic;
        this.source = source;
    }

    public String typeName() {
        return typeName;
    }

    public String topic() {
        return topic;
    }

    public String source() {
        return source;
    }

    /**
     * The URI events of this type carry as their CloudEvents {@code dataschema}: the {@code $id} of the schema
     * of their {@code data}. An identifier that never changes for the type (a new version is a new type, so a new
     * URI), not an address to fetch: the schema itself is {@link #schemaResource()} in this module.
     */
    public String dataSchema() {
        return SCHEMA_BASE_URI + typeName + ".json";
    }

    /** Classpath location of the JSON Schema of this type's {@code data}. */
    public String schemaResource() {
        return "/schemas/" + typeName + ".json";
    }

    public static Optional<EventType> byTypeName(String typeName) {
        return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
    }
}
