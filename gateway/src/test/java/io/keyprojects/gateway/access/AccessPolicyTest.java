package io.keyprojects.gateway.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The access table read as DESIGN.md's "API surface" states it. */
class AccessPolicyTest {

    private static boolean allowed(String role, String method, String path) {
        return AccessPolicy.rolesFor(method, path).map(roles -> roles.contains(role)).orElse(false);
    }

    @Test
    void only_the_commander_registers_projects_and_units() {
        assertTrue(allowed("commander", "POST", "/api/projects"));
        assertTrue(allowed("commander", "POST", "/api/units"));
        for (String role : Set.of("department", "supervisor", "auditor", "portal")) {
            assertFalse(allowed(role, "POST", "/api/projects"), role);
            assertFalse(allowed(role, "POST", "/api/units"), role);
        }
    }

    @Test
    void the_commander_and_a_units_department_register_and_edit_people_and_every_staff_role_reads_them() {
        for (String role : Set.of("commander", "department")) {
            assertTrue(allowed(role, "POST", "/api/people"), role);
            assertTrue(allowed(role, "PATCH", "/api/people/7d5c"), role);
        }
        for (String role : Set.of("supervisor", "auditor", "portal")) {
            assertFalse(allowed(role, "POST", "/api/people"), role);
            assertFalse(allowed(role, "PATCH", "/api/people/7d5c"), role);
        }
        for (String role : AccessPolicy.STAFF) {
            assertTrue(allowed(role, "GET", "/api/people"), role);
            assertTrue(allowed(role, "GET", "/api/people/7d5c"), role);
            assertTrue(allowed(role, "GET", "/api/people/7d5c/record"), role);
        }
        assertFalse(allowed("department", "DELETE", "/api/people/7d5c"));
    }

    @Test
    void every_staff_role_reads_projects_units_programme_and_issues() {
        for (String role : AccessPolicy.STAFF) {
            assertTrue(allowed(role, "GET", "/api/projects"), role);
            assertTrue(allowed(role, "GET", "/api/projects/7d5c/backward-schedule"), role);
            assertTrue(allowed(role, "GET", "/api/units/ZJJ"), role);
            assertTrue(allowed(role, "GET", "/api/programme/2026/summary"), role);
            assertTrue(allowed(role, "GET", "/api/issues"), role);
        }
    }

    @Test
    void the_lead_department_reports_progress_and_the_commander_and_department_move_phases() {
        assertTrue(allowed("department", "POST", "/api/projects/7d5c/progress"));
        assertTrue(allowed("commander", "POST", "/api/projects/7d5c/progress"));
        assertFalse(allowed("portal", "POST", "/api/projects/7d5c/progress"));
        assertTrue(allowed("department", "POST", "/api/projects/7d5c/phase"));
        assertTrue(allowed("commander", "PATCH", "/api/projects/7d5c/milestones/m1"));
        assertFalse(allowed("supervisor", "PATCH", "/api/projects/7d5c"));
    }

    @Test
    void only_the_commander_approves_the_programme_and_a_project_and_every_staff_role_reads_the_changes() {
        assertTrue(allowed("commander", "POST", "/api/programme/2026/approval"));
        assertFalse(allowed("department", "POST", "/api/programme/2026/approval"));
        assertFalse(allowed("supervisor", "POST", "/api/programme/2026/approval"));
        assertTrue(allowed("commander", "POST", "/api/projects/7d5c/approval"));
        assertFalse(allowed("department", "POST", "/api/projects/7d5c/approval"));
        for (String role : AccessPolicy.STAFF) {
            assertTrue(allowed(role, "GET", "/api/programme/2026/approval"), role);
            assertTrue(allowed(role, "GET", "/api/projects/7d5c/changes"), role);
        }
    }

    @Test
    void the_commander_and_departments_state_land_and_supervisors_only_read_it() {
        assertTrue(allowed("department", "PUT", "/api/projects/7d5c/land"));
        assertTrue(allowed("commander", "PUT", "/api/projects/7d5c/land"));
        assertFalse(allowed("supervisor", "PUT", "/api/projects/7d5c/land"));
        assertTrue(allowed("supervisor", "GET", "/api/projects/7d5c/land"));
    }

    @Test
    void the_commander_and_departments_state_annual_targets_and_the_portal_only_reads_them() {
        assertTrue(allowed("department", "PUT", "/api/projects/7d5c/targets/2026"));
        assertTrue(allowed("commander", "PUT", "/api/projects/7d5c/targets/2026"));
        assertFalse(allowed("portal", "PUT", "/api/projects/7d5c/targets/2026"));
        assertFalse(allowed("supervisor", "PUT", "/api/projects/7d5c/targets/2026"));
        assertTrue(allowed("portal", "GET", "/api/projects/7d5c/targets/2026"));
    }

    @Test
    void the_commander_and_departments_state_funding_and_auditors_only_read_it() {
        assertTrue(allowed("department", "PUT", "/api/projects/7d5c/funding"));
        assertTrue(allowed("commander", "PUT", "/api/projects/7d5c/funding"));
        assertFalse(allowed("auditor", "PUT", "/api/projects/7d5c/funding"));
        assertTrue(allowed("auditor", "GET", "/api/projects/7d5c/funding"));
    }

    @Test
    void the_commander_and_departments_record_demolition_and_its_legal_cases() {
        assertTrue(allowed("department", "PUT", "/api/projects/7d5c/demolition"));
        assertTrue(allowed("commander", "POST", "/api/projects/7d5c/demolition/cases"));
        assertTrue(allowed("department", "POST", "/api/projects/7d5c/demolition/cases/c1/steps"));
        assertFalse(allowed("supervisor", "POST", "/api/projects/7d5c/demolition/cases/c1/steps"));
        assertTrue(allowed("supervisor", "GET", "/api/projects/7d5c/demolition/cases"));
    }

    @Test
    void the_commander_edits_preliminary_templates_and_the_lead_department_draws_up_its_timetable() {
        assertTrue(allowed("commander", "PUT", "/api/milestone-templates/ECOLOGY"));
        assertFalse(allowed("department", "PUT", "/api/milestone-templates/ECOLOGY"));
        assertTrue(allowed("department", "POST", "/api/projects/7d5c/milestones/from-template"));
        assertFalse(allowed("supervisor", "POST", "/api/projects/7d5c/milestones/from-template"));
        for (String role : AccessPolicy.STAFF) {
            assertTrue(allowed(role, "GET", "/api/milestone-templates"), role);
            assertTrue(allowed(role, "GET", "/api/milestone-templates/ECOLOGY"), role);
            assertTrue(allowed(role, "GET", "/api/programme/2026/preliminary"), role);
        }
    }

    @Test
    void a_department_manages_its_webhooks_and_reads_its_inbox_and_the_commander_reads_them() {
        assertTrue(allowed("department", "POST", "/api/webhooks"));
        assertTrue(allowed("department", "PATCH", "/api/webhooks/6f1c"));
        assertTrue(allowed("department", "DELETE", "/api/webhooks/6f1c"));
        assertTrue(allowed("department", "POST", "/api/webhooks/6f1c/rotate-secret"));
        assertTrue(allowed("department", "POST", "/api/webhooks/6f1c/deliveries/1b2c/redeliver"));
        assertTrue(allowed("commander", "GET", "/api/webhooks"));
        assertTrue(allowed("commander", "GET", "/api/webhooks/6f1c/deliveries"));
        assertFalse(allowed("commander", "POST", "/api/webhooks"));
        assertFalse(allowed("supervisor", "GET", "/api/webhooks"));
        assertFalse(allowed("portal", "GET", "/api/webhooks/6f1c"));
        assertTrue(allowed("department", "GET", "/api/notifications"));
        assertTrue(allowed("department", "POST", "/api/notifications/7a8b/read"));
        assertTrue(allowed("commander", "GET", "/api/notifications"));
        assertFalse(allowed("commander", "POST", "/api/notifications/7a8b/read"));
        assertFalse(allowed("auditor", "GET", "/api/notifications"));
        assertTrue(allowed("department", "PUT", "/api/notifications/mailboxes/units/ZJJ"));
        assertTrue(allowed("department", "DELETE", "/api/notifications/mailboxes/people/3c2b"));
        assertTrue(allowed("commander", "GET", "/api/notifications/mailboxes"));
        assertFalse(allowed("commander", "PUT", "/api/notifications/mailboxes/units/ZJJ"));
        assertFalse(allowed("supervisor", "GET", "/api/notifications/mailboxes"));
    }

    @Test
    void dispatch_meetings_are_written_by_the_commander_only() {
        assertTrue(allowed("commander", "POST", "/api/meetings"));
        assertTrue(allowed("commander", "POST", "/api/meetings/9/decisions"));
        assertFalse(allowed("department", "POST", "/api/meetings/9/decisions"));
        assertTrue(allowed("department", "GET", "/api/meetings/9"));
    }

    @Test
    void scores_are_read_by_auditor_commander_supervisor_and_portal_and_recomputed_by_commander_or_auditor() {
        for (String role : AccessPolicy.SCORE_READERS) {
            assertTrue(allowed(role, "GET", "/api/assessments"), role);
            assertTrue(allowed(role, "GET", "/api/assessments/export.csv"), role);
        }
        assertFalse(allowed("department", "GET", "/api/assessments"));
        assertTrue(allowed("department", "GET", "/api/assessments/ZJJ"), "its own breakdown, checked by the service");
        assertFalse(allowed("department", "GET", "/api/assessments/export.csv"));
        assertTrue(allowed("auditor", "POST", "/api/assessments/recompute"));
        assertFalse(allowed("supervisor", "POST", "/api/assessments/recompute"));
        assertTrue(allowed("auditor", "GET", "/api/assessments/rulesets"));
        assertFalse(allowed("department", "GET", "/api/assessments/rulesets"));
        assertFalse(allowed("portal", "POST", "/api/assessments/publications"));
        assertFalse(allowed("auditor", "POST", "/api/assessments/rulesets"));
    }

    @Test
    void every_staff_role_reads_the_honours_lists_and_only_the_commander_confirms_or_strikes() {
        for (String role : AccessPolicy.STAFF) {
            assertTrue(allowed(role, "GET", "/api/assessments/2026-H1/honours"), role);
            assertEquals(role.equals("commander"), allowed(role, "POST", "/api/assessments/2026-H1/honours"), role);
        }
    }

    @Test
    void a_department_self_inspects_and_every_staff_role_lists_inspections() {
        for (String role : AccessPolicy.STAFF) {
            assertEquals(role.equals("department"), allowed(role, "POST", "/api/supervision/self-inspections"), role);
            assertTrue(allowed(role, "GET", "/api/supervision/inspections"), role);
        }
        assertFalse(allowed("department", "POST", "/api/supervision/inspections"), "the bureau's inspections stay the bureau's");
    }

    @Test
    void the_commander_and_the_bureau_publish_publicity_every_staff_role_reads_it_and_the_bureau_runs_the_bulletin_schedule() {
        for (String role : Set.of("commander", "supervisor")) {
            assertTrue(allowed(role, "POST", "/api/publicity"), role);
        }
        for (String role : Set.of("department", "auditor", "portal")) {
            assertFalse(allowed(role, "POST", "/api/publicity"), role);
        }
        for (String role : AccessPolicy.STAFF) {
            assertTrue(allowed(role, "GET", "/api/publicity"), role);
            assertTrue(allowed(role, "GET", "/api/publicity/2f6a"), role);
            assertTrue(allowed(role, "GET", "/api/supervision/bulletins/schedule"), role);
            assertTrue(allowed(role, "GET", "/api/supervision/bulletins/7c1d/public.html"), role);
        }
        assertTrue(allowed("supervisor", "POST", "/api/supervision/bulletins/schedule/run"));
        assertFalse(allowed("commander", "POST", "/api/supervision/bulletins/schedule/run"));
        assertFalse(allowed("commander", "DELETE", "/api/publicity/2f6a"));
        assertTrue(AccessPolicy.rolesFor("GET", "/internal/public-feed/events").isEmpty(), "the feed's source is not routed");
    }

    @Test
    void supervision_is_written_by_the_supervisor_and_the_audit_trail_read_by_auditor_and_commander() {
        assertTrue(allowed("supervisor", "POST", "/api/supervision/inspections"));
        assertFalse(allowed("commander", "POST", "/api/supervision/inspections"));
        assertTrue(allowed("department", "POST", "/api/supervision/rectifications/4/transitions"));
        assertTrue(allowed("auditor", "GET", "/api/audit/verify"));
        assertTrue(allowed("commander", "GET", "/api/audit"));
        assertFalse(allowed("department", "GET", "/api/audit"));
        assertFalse(allowed("portal", "GET", "/api/audit"));
        for (String path : java.util.List.of("/api/audit/checkpoints/latest", "/api/audit/17/proof", "/api/audit/consistency")) {
            assertTrue(allowed("auditor", "GET", path), path);
            assertTrue(allowed("commander", "GET", path), path);
            assertFalse(allowed("supervisor", "GET", path), path);
            assertFalse(allowed("department", "GET", path), path);
        }
    }

    @Test
    void what_no_row_covers_is_refused() {
        assertEquals(java.util.Optional.empty(), AccessPolicy.rolesFor("DELETE", "/api/projects/7d5c"));
        assertEquals(java.util.Optional.empty(), AccessPolicy.rolesFor("PUT", "/api/issues/1"));
    }

    @Test
    void only_the_commander_administers_api_keys() {
        assertTrue(allowed("commander", "POST", "/api/gateway/api-keys"));
        assertTrue(allowed("commander", "DELETE", "/api/gateway/api-keys/abc"));
        assertFalse(allowed("department", "GET", "/api/gateway/api-keys"));
    }
}
