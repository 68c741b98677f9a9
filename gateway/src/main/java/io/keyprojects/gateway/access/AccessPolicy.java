package io.keyprojects.gateway.access;

import static io.keyprojects.platform.security.Roles.AUDITOR;
import static io.keyprojects.platform.security.Roles.COMMANDER;
import static io.keyprojects.platform.security.Roles.DEPARTMENT;
import static io.keyprojects.platform.security.Roles.PORTAL;
import static io.keyprojects.platform.security.Roles.SUPERVISOR;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's coarse authorisation: THE one table of route × method × role, transcribed from
 * DESIGN.md "API surface". The first row covering the method and path decides; a path no row covers is
 * refused (deny by default), so a new endpoint is closed until someone adds its row here. Services still
 * do the fine-grained check (a department changes only what its unit leads).
 */
public final class AccessPolicy {
    static final Set<String> STAFF = Set.of(COMMANDER, DEPARTMENT, SUPERVISOR, AUDITOR, PORTAL);
    static final Set<String> SCORE_READERS = Set.of(AUDITOR, COMMANDER, SUPERVISOR, PORTAL);
    static final Set<String> SCORE_READERS_AND_DEPARTMENT = Set.of(AUDITOR, COMMANDER, SUPERVISOR, PORTAL, DEPARTMENT);
    private static final Set<String> READ = Set.of("GET", "HEAD");

    private static final List<AccessRule> TABLE = List.of(
            // projects-service: registry (项目库)
            rule("POST", "/api/units", COMMANDER),
            rule(READ, "/api/units/**", STAFF),
            rule("POST", "/api/people", COMMANDER, DEPARTMENT),                // 责任人: a department its own staff only
            rule("PATCH", "/api/people/*", COMMANDER, DEPARTMENT),
            rule(READ, "/api/people/*/record", STAFF),                         // 实绩档案, answered by assessment-service
            rule(READ, "/api/people/**", STAFF),                               // contact details: the service shows them to the own unit only
            rule("POST", "/api/projects", COMMANDER),
            rule("PATCH", "/api/projects/*", COMMANDER, DEPARTMENT),            // department: its progress fields
            rule("POST", "/api/projects/*/phase", COMMANDER, DEPARTMENT),
            rule("POST", "/api/projects/*/milestones", COMMANDER, DEPARTMENT),
            rule("POST", "/api/projects/*/milestones/from-template", COMMANDER, DEPARTMENT), // 排出时间表 of the lead unit's own project
            rule("PATCH", "/api/projects/*/milestones/*", COMMANDER, DEPARTMENT),
            rule("POST", "/api/projects/*/progress", COMMANDER, DEPARTMENT),   // 进度填报 by the lead unit
            rule("PUT", "/api/projects/*/land", COMMANDER, DEPARTMENT),        // 用地 of the lead unit's own project
            rule("PUT", "/api/projects/*/funding", COMMANDER, DEPARTMENT),     // 资金 of the lead unit's own project
            rule("PUT", "/api/projects/*/demolition", COMMANDER, DEPARTMENT),  // 拆迁安置 of the lead unit's own project
            rule("POST", "/api/projects/*/demolition/cases", COMMANDER, DEPARTMENT),
            rule("POST", "/api/projects/*/demolition/cases/*/steps", COMMANDER, DEPARTMENT),
            rule("PUT", "/api/projects/*/targets/*", COMMANDER, DEPARTMENT),   // 年度目标 of the lead unit's own project
            rule("POST", "/api/projects/*/approval", COMMANDER),               // baseline of a project added after approval
            rule("POST", "/api/programme/*/approval", COMMANDER),              // 基线: the year's programme approved
            rule(READ, "/api/projects/**", STAFF),
            rule(READ, "/api/programme/**", STAFF),                          // incl. the preliminary-work board
            rule("PUT", "/api/milestone-templates/*", COMMANDER),             // 前期工作 templates
            rule(READ, "/api/milestone-templates/**", STAFF),
            // issues-service: blockers and dispatch meetings (问题清单、调度会)
            rule("POST", "/api/issues", COMMANDER, DEPARTMENT, SUPERVISOR),    // inspections find blockers too
            rule("POST", "/api/issues/*/transitions", COMMANDER, DEPARTMENT),  // commander escalates
            rule(READ, "/api/issues/**", STAFF),
            rule(Set.of("POST", "PATCH", "PUT", "DELETE"), "/api/meetings/**", COMMANDER),
            rule(READ, "/api/meetings/**", STAFF),                             // departments read decisions assigned to them
            // assessment-service: scoring, supervision, audit (考核、督查、审计)
            rule("POST", "/api/assessments/recompute", COMMANDER, AUDITOR),
            rule(READ, "/api/assessments/recompute/**", COMMANDER, AUDITOR),
            rule("POST", "/api/assessments/rulesets", COMMANDER),             // 考核办法
            rule("POST", "/api/assessments/publications", COMMANDER),
            rule("POST", "/api/assessments/*/honours", COMMANDER),            // 奖励、通报批评: the commander confirms or strikes
            rule(READ, "/api/assessments/*/honours", STAFF),
            rule(READ, "/api/assessments/rulesets/**", SCORE_READERS),
            rule(READ, "/api/assessments/export.csv", SCORE_READERS),
            rule(READ, "/api/assessments/facts/**", SCORE_READERS),
            rule(READ, "/api/assessments/*", SCORE_READERS_AND_DEPARTMENT),   // a unit's breakdown: its own department too
            rule(READ, "/api/assessments/**", SCORE_READERS),
            rule("POST", "/api/supervision/rectifications/*/transitions", SUPERVISOR, DEPARTMENT), // 签收、反馈 by the unit
            rule("POST", "/api/supervision/self-inspections", DEPARTMENT),     // 自查: of its own unit's projects, checked by the service
            rule("POST", "/api/supervision/**", SUPERVISOR),
            rule(READ, "/api/supervision/**", STAFF),
            rule(READ, "/api/audit/**", AUDITOR, COMMANDER),
            rule("POST", "/api/publicity", COMMANDER, SUPERVISOR),             // 先进典型, 曝光 to the public site
            rule(READ, "/api/publicity/**", STAFF),
            // notifications-service: a unit's webhook endpoints and inbox; the service checks the unit
            rule(READ, "/api/webhooks/**", DEPARTMENT, COMMANDER),
            rule(Set.of("POST", "PATCH", "DELETE"), "/api/webhooks/**", DEPARTMENT),
            rule(READ, "/api/notifications", DEPARTMENT, COMMANDER),
            rule(READ, "/api/notifications/mailboxes", DEPARTMENT, COMMANDER),             // e-mail addresses a unit registered
            rule(Set.of("PUT", "DELETE"), "/api/notifications/mailboxes/**", DEPARTMENT), // its own and its own people's
            rule("POST", "/api/notifications/*/read", DEPARTMENT),
            // the gateway's own
            rule(READ, "/api/dashboard", STAFF),
            rule(Set.of("GET", "POST", "DELETE"), "/api/gateway/api-keys/**", COMMANDER));

    private AccessPolicy() {
    }

    /** The roles allowed to send {@code method} to {@code path}; empty when no row covers it. */
    public static Optional<Set<String>> rolesFor(String method, String path) {
        String[] segments = PathPattern.segments(path);
        for (AccessRule rule : TABLE) {
            if (rule.covers(method, segments)) {
                return Optional.of(rule.roles());
            }
        }
        return Optional.empty();
    }

    public static List<AccessRule> table() {
        return TABLE;
    }

    private static AccessRule rule(String method, String path, String... roles) {
        return rule(Set.of(method), path, Set.of(roles));
    }

    private static AccessRule rule(Set<String> methods, String path, String... roles) {
        return rule(methods, path, Set.of(roles));
    }

    private static AccessRule rule(Set<String> methods, String path, Set<String> roles) {
        return new AccessRule(methods, PathPattern.of(path), roles);
    }
}
