package io.keyprojects.system;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * THE table of the fault suite's authorisation scenario: every route of DESIGN.md's "API surface" with the
 * roles it names, run for every caller (anonymous, each role, and a department of another unit). A cell
 * expects 401 for anonymous on /api/**, 403 for a role the route does not name (or a department of another
 * unit on a route about its own unit's things), and otherwise an answer past authorisation: anything but
 * 401, 403 and 5xx (the body of a matrix request may well be refused, a random id not found).
 */
final class AuthorisationMatrix {
    static final String COMMANDER = "commander";
    static final String DEPARTMENT = "department";
    static final String SUPERVISOR = "supervisor";
    static final String AUDITOR = "auditor";
    static final String PORTAL = "portal";
    static final Set<String> STAFF = Set.of(COMMANDER, DEPARTMENT, SUPERVISOR, AUDITOR, PORTAL);
    static final Set<String> SCORE_READERS = Set.of(AUDITOR, COMMANDER, SUPERVISOR, PORTAL);
    static final Set<String> ANYONE = Set.of();

    /** Cells that are not as DESIGN.md says and not fixed yet, by "METHOD path as caller". */
    static final Map<String, String> KNOWN_DEFECTS = Map.of(); // none open: the last (lead department phase moves) is fixed

    /** Who calls: a name, the role (null: anonymous) and whether it is a department of the unit the data belongs to. */
    record Caller(String name, String role, boolean otherUnit) {
    }

    /** Departments of another unit first: they must be refused before anyone changed the state they would act on. */
    static final List<Caller> CALLERS = List.of(new Caller("anonymous", null, false), new Caller("department of another unit", DEPARTMENT, true),
            new Caller("supervisor", SUPERVISOR, false), new Caller("auditor", AUDITOR, false), new Caller("portal", PORTAL, false),
            new Caller("department", DEPARTMENT, false), new Caller("commander", COMMANDER, false));

    /**
     * A route: method, path ({p} project, {i} blocker, {u} unit, {m} milestone, {x} a random id), the roles
     * DESIGN.md names, whether a department may act only on its own unit's things, and the body by caller.
     */
    record Route(String method, String path, Set<String> roles, boolean ownUnitOnly, Function<Caller, String> body) {
        boolean isPublic() {
            return roles.isEmpty();
        }
    }

    static Route route(String method, String path, Set<String> roles) {
        return new Route(method, path, roles, false, c -> null);
    }

    static Route write(String method, String path, Set<String> roles, boolean ownUnitOnly, String body) {
        return new Route(method, path, roles, ownUnitOnly, c -> body);
    }

    static List<Route> table(String unit) {
        String fresh = "MX" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        return List.of(
                // projects-service
                route("GET", "/api/units", STAFF),
                write("POST", "/api/units", Set.of(COMMANDER), false, "{\"code\":\"" + fresh + "\",\"name\":\"矩阵单位\",\"kind\":\"BUREAU\"}"),
                route("GET", "/api/units/{u}", STAFF),
                route("GET", "/api/people?unit=" + unit, STAFF),
                // beyond DESIGN.md ("commander writes"): a unit's department registers its own staff, never another unit's
                write("POST", "/api/people", Set.of(COMMANDER, DEPARTMENT), true,
                        "{\"name\": \"矩阵人员\", \"title\": \"科员\", \"unit\": \"" + unit + "\", \"kind\": \"STAFF\"}"),
                route("GET", "/api/people/{x}", STAFF),
                write("PATCH", "/api/people/{x}", Set.of(COMMANDER, DEPARTMENT), false, "{\"title\": \"副科长\"}"),
                route("GET", "/api/people/{x}/record?period=2026", STAFF),
                write("POST", "/api/projects", Set.of(COMMANDER), false, "{\"code\":\"2026-MX-" + fresh + "\",\"name\":\"n\",\"category\":\"ECOLOGY\","
                        + "\"year\":2026,\"leadUnit\":\"" + unit + "\",\"plannedStart\":\"2026-03-01\",\"plannedEnd\":\"2027-06-30\"}"),
                route("GET", "/api/projects?year=2026", STAFF),
                route("GET", "/api/projects/{p}", STAFF),
                write("PATCH", "/api/projects/{p}", Set.of(COMMANDER, DEPARTMENT), true, "{\"progressPercent\": 12.5}"),
                new Route("POST", "/api/projects/{p}/phase", Set.of(COMMANDER, DEPARTMENT), true, c -> "{\"phase\": \"UNDER_CONSTRUCTION\"}"),
                route("GET", "/api/projects/{p}/milestones", STAFF),
                write("POST", "/api/projects/{p}/milestones", Set.of(COMMANDER, DEPARTMENT), true,
                        "{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"2026-05-31\", \"durationDays\": 20}"),
                write("PATCH", "/api/projects/{p}/milestones/{m}", Set.of(COMMANDER, DEPARTMENT), true, "{\"durationDays\": 21}"),
                // 排出时间表: refused (409) once the project has preliminary nodes, after authorisation
                write("POST", "/api/projects/{p}/milestones/from-template", Set.of(COMMANDER, DEPARTMENT), true, null),
                route("GET", "/api/milestone-templates", STAFF),
                route("GET", "/api/milestone-templates/ECOLOGY", STAFF),
                // without If-Match: the commander gets 428, so the matrix changes no template
                write("PUT", "/api/milestone-templates/ECOLOGY", Set.of(COMMANDER), false,
                        "{\"steps\": [{\"kind\": \"PROJECT_APPROVAL\", \"durationDays\": 30}]}"),
                route("GET", "/api/projects/{p}/progress", STAFF),
                // beyond DESIGN.md ("lead department reports"): the commander may report for a unit (gateway and service agree)
                write("POST", "/api/projects/{p}/progress", Set.of(COMMANDER, DEPARTMENT), true,
                        "{\"period\": \"2026-07\", \"progressPercent\": 45, \"narrative\": \"主体结构封顶\"}"),
                route("GET", "/api/projects/{p}/backward-schedule", STAFF),
                route("GET", "/api/projects/{p}/land", STAFF),
                write("PUT", "/api/projects/{p}/land", Set.of(COMMANDER, DEPARTMENT), true,
                        "{\"areaNeeded\": \"120\", \"quotaSecured\": \"80\", \"balanceSecured\": \"60\", \"approvalStage\": \"SUBMITTED\"}"),
                route("GET", "/api/projects/{p}/funding", STAFF),
                write("PUT", "/api/projects/{p}/funding", Set.of(COMMANDER, DEPARTMENT), true, "{\"sources\": []}"),
                route("GET", "/api/projects/{p}/demolition", STAFF),
                write("PUT", "/api/projects/{p}/demolition", Set.of(COMMANDER, DEPARTMENT), true,
                        "{\"households\": 48, \"floorArea\": \"9600\", \"householdsSigned\": 46}"),
                route("GET", "/api/projects/{p}/demolition/cases", STAFF),
                write("POST", "/api/projects/{p}/demolition/cases", Set.of(COMMANDER, DEPARTMENT), true, "{\"household\": \"张某某\"}"),
                write("POST", "/api/projects/{p}/demolition/cases/{x}/steps", Set.of(COMMANDER, DEPARTMENT), true,
                        "{\"step\": \"NOTICE\", \"date\": \"2025-04-10\"}"),
                route("GET", "/api/projects/{p}/targets/2026", STAFF),
                write("PUT", "/api/projects/{p}/targets/2026", Set.of(COMMANDER, DEPARTMENT), true,
                        "{\"investment\": \"6000\", \"physicalTarget\": \"主体结构封顶\", \"targetPercent\": 60}"),
                route("GET", "/api/programme/today", STAFF),
                route("GET", "/api/programme/2026/summary", STAFF),
                route("GET", "/api/programme/2026/units", STAFF),
                route("GET", "/api/programme/2026/investment", STAFF),
                route("GET", "/api/programme/2026/preliminary", STAFF),
                // a year of its own: approving 2026 would baseline every other scenario's projects
                write("POST", "/api/programme/2099/approval", Set.of(COMMANDER), false, null),
                route("GET", "/api/programme/2099/approval", STAFF),
                write("POST", "/api/projects/{p}/approval", Set.of(COMMANDER), false, null),
                route("GET", "/api/projects/{p}/changes", STAFF),
                // issues-service
                // beyond DESIGN.md: the supervision bureau reports the blockers its inspections find
                write("POST", "/api/issues", Set.of(COMMANDER, DEPARTMENT, SUPERVISOR), true, "{\"projectId\": \"{p}\", \"category\": \"LAND\", "
                        + "\"severity\": \"LOW\", \"title\": \"用地指标\", \"responsibleUnit\": \"" + unit + "\"}"),
                route("GET", "/api/issues?status=OPEN", STAFF),
                route("GET", "/api/issues/{i}", STAFF),
                new Route("POST", "/api/issues/{i}/transitions", Set.of(COMMANDER, DEPARTMENT), true,
                        c -> COMMANDER.equals(c.role()) ? "{\"to\": \"ESCALATED\", \"comment\": \"指挥部督办\"}" : "{\"to\": \"ACKNOWLEDGED\"}"),
                route("GET", "/api/issues/{i}/history", STAFF),
                write("POST", "/api/meetings", Set.of(COMMANDER), false, "{}"),
                route("GET", "/api/meetings", STAFF),
                route("GET", "/api/meetings/{x}", STAFF),
                write("POST", "/api/meetings/{x}/decisions", Set.of(COMMANDER), false, "{}"),
                // assessment-service
                route("GET", "/api/assessments?period=2026", SCORE_READERS),
                // beyond DESIGN.md: a department reads its own unit's breakdown (not another unit's)
                new Route("GET", "/api/assessments/{u}?period=2026", union(SCORE_READERS, DEPARTMENT), true, c -> null),
                route("GET", "/api/assessments/export.csv?period=2026", SCORE_READERS),
                write("POST", "/api/assessments/recompute?period=2026", Set.of(COMMANDER, AUDITOR), false, null),
                // beyond DESIGN.md ("commander writes, auditor reads"): the published 考核办法 is readable by every score reader
                route("GET", "/api/assessments/rulesets", SCORE_READERS),
                write("POST", "/api/assessments/rulesets", Set.of(COMMANDER), false, "{}"),
                write("POST", "/api/supervision/inspections", Set.of(SUPERVISOR), false, "{}"),
                write("POST", "/api/supervision/inspections/{x}/findings", Set.of(SUPERVISOR), false, "{}"),
                write("POST", "/api/supervision/rectifications/{x}/transitions", Set.of(SUPERVISOR, DEPARTMENT), false, "{}"),
                route("GET", "/api/supervision/bulletins?period=2026", STAFF),
                write("POST", "/api/supervision/bulletins?period=2026", Set.of(SUPERVISOR), false, "{}"),
                route("GET", "/api/supervision/bulletins", STAFF),                  // every period's, scheduled ones included
                route("GET", "/api/supervision/bulletins/schedule", STAFF),
                // a period of its own: the schedule publishes it once, whichever caller comes first
                write("POST", "/api/supervision/bulletins/schedule/run?period=2099-01", Set.of(SUPERVISOR), false, null),
                route("GET", "/api/supervision/bulletins/{x}/public.html", STAFF),
                write("POST", "/api/publicity", Set.of(COMMANDER, SUPERVISOR), false, "{}"),
                route("GET", "/api/publicity", STAFF),
                route("GET", "/api/publicity/{x}", STAFF),
                route("GET", "/api/audit", Set.of(AUDITOR, COMMANDER)),
                route("GET", "/api/audit/verify", Set.of(AUDITOR, COMMANDER)),
                route("GET", "/api/audit/checkpoints/latest", Set.of(AUDITOR, COMMANDER)),
                route("GET", "/api/audit/1/proof", Set.of(AUDITOR, COMMANDER)),
                route("GET", "/api/audit/consistency?from=1", Set.of(AUDITOR, COMMANDER)),
                // 奖励、通报批评: staff read the lists, the commander confirms or strikes (an empty body: 400 past authorisation)
                route("GET", "/api/assessments/2026/honours", STAFF),
                write("POST", "/api/assessments/2026/honours", Set.of(COMMANDER), false, "{}"),
                // 自查: a department of the project's lead unit only; every staff role lists inspections
                write("POST", "/api/supervision/self-inspections", Set.of(DEPARTMENT), true,
                        "{\"projectId\": \"{p}\", \"inspectedOn\": \"2026-06-20\", \"title\": \"矩阵自查\"}"),
                route("GET", "/api/supervision/inspections?unit=" + unit + "&kind=SELF", STAFF),
                // notifications-service: a unit's webhook endpoints and inbox (random ids: the service answers 404)
                route("GET", "/api/webhooks", Set.of(COMMANDER, DEPARTMENT)),
                write("POST", "/api/webhooks", Set.of(DEPARTMENT), false, "{}"),
                route("GET", "/api/webhooks/{x}", Set.of(COMMANDER, DEPARTMENT)),
                write("PATCH", "/api/webhooks/{x}", Set.of(DEPARTMENT), false, "{}"),
                write("POST", "/api/webhooks/{x}/ping", Set.of(DEPARTMENT), false, null),
                write("POST", "/api/webhooks/{x}/rotate-secret", Set.of(DEPARTMENT), false, null),
                route("GET", "/api/webhooks/{x}/deliveries", Set.of(COMMANDER, DEPARTMENT)),
                write("POST", "/api/webhooks/{x}/deliveries/{x}/redeliver", Set.of(DEPARTMENT), false, null),
                write("DELETE", "/api/webhooks/{x}", Set.of(DEPARTMENT), false, null),
                route("GET", "/api/notifications", Set.of(COMMANDER, DEPARTMENT)),
                write("POST", "/api/notifications/{x}/read", Set.of(DEPARTMENT), false, null),
                route("GET", "/api/notifications/mailboxes", Set.of(COMMANDER, DEPARTMENT)),
                write("PUT", "/api/notifications/mailboxes/units/{u}", Set.of(DEPARTMENT), true, "{\"address\": \"matrix@county.gov.cn\"}"),
                write("DELETE", "/api/notifications/mailboxes/units/{u}", Set.of(DEPARTMENT), true, null),
                // gateway
                route("GET", "/api/dashboard?year=2026", STAFF),
                route("GET", "/public/projects", ANYONE),
                route("GET", "/public/feed.atom", ANYONE),
                route("GET", "/public/feed.json", ANYONE),
                route("GET", "/public/projects/{x}", ANYONE),
                route("GET", "/public/bulletins/{x}", ANYONE),
                // last, since they end the project's life: suspending (停工) and cancelling (取消) a key project are the
                // commander's alone; its lead department moves it only along PREPARATION → UNDER_CONSTRUCTION → COMPLETED
                write("POST", "/api/projects/{p}/phase", Set.of(COMMANDER), false, "{\"phase\": \"SUSPENDED\"}"),
                write("POST", "/api/projects/{p}/phase", Set.of(COMMANDER), false, "{\"phase\": \"CANCELLED\"}"));
    }

    static Set<String> union(Set<String> roles, String role) {
        Set<String> all = new java.util.HashSet<>(roles);
        all.add(role);
        return Set.copyOf(all);
    }

    record Cell(Route route, Caller caller, String expected, int actual) {
        boolean right() {
            return switch (expected) {
                case "401" -> actual == 401;
                case "403" -> actual == 403;
                default -> actual != 0 && actual != 401 && actual != 403 && actual < 500;
            };
        }
    }

    record Result(int routes, int cells, List<Cell> all, List<String> wrong) {
        /** Wrong cells that are not among the known defects. */
        List<String> unexpected() {
            return wrong.stream().filter(w -> KNOWN_DEFECTS.keySet().stream().noneMatch(k -> w.startsWith(k + ":"))).toList();
        }

        String markdown() {
            StringBuilder md = new StringBuilder("## Authorisation matrix (status per route × caller; ✗ = not as the table says)\n\n");
            md.append("The table is `AuthorisationMatrix.table`: DESIGN.md's API surface, plus four deliberate extensions commented there ")
                    .append("(the commander reports progress, the supervisor reports blockers, a department reads its own unit's breakdown, ")
                    .append("score readers read the ruleset). Expected: 401 anonymous on /api/**, 403 for a role the route does not name and ")
                    .append("for a department of another unit on its own-unit routes (marked *own*), otherwise anything past authorisation ")
                    .append("(not 401/403/5xx; 404 where the route is not built yet).\n\n| route | roles |");
            CALLERS.forEach(c -> md.append(' ').append(c.name()).append(" |"));
            md.append("\n| --- | --- |");
            CALLERS.forEach(c -> md.append(" ---: |"));
            Route current = null;
            for (Cell cell : all) {
                if (cell.route() != current) {
                    current = cell.route();
                    md.append("\n| `").append(current.method()).append(' ').append(current.path()).append("` | ")
                            .append(current.isPublic() ? "anyone" : String.join(", ", new java.util.TreeSet<>(current.roles())))
                            .append(current.ownUnitOnly() ? " (*own*)" : "").append(" |");
                }
                md.append(' ').append(cell.actual()).append(cell.right() ? "" : " ✗ (want " + cell.expected() + ")").append(" |");
            }
            return md.append('\n').toString();
        }
    }

    static Result run(Http http, Function<String, String> newUnit, Function<String, String> knownProject,
                      BiFunction<String, String, Http.Reply> reportBlocker) {
        String unit = newUnit.apply("MU");
        String otherUnit = newUnit.apply("MO");
        String project = knownProject.apply(unit);
        String issue = JsonPath.from(reportBlocker.apply(project, unit).body()).getString("id");
        String commanderToken = Http.token(COMMANDER, null);
        Http.Reply milestone = http.post("/api/projects/" + project + "/milestones", commanderToken,
                "{\"kind\": \"TENDERING\", \"plannedDate\": \"2026-04-30\", \"durationDays\": 10}");
        String milestoneId = milestone.ok() ? JsonPath.from(milestone.body()).getString("id") : UUID.randomUUID().toString();
        List<Route> table = table(unit);
        List<Cell> cells = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Route route : table) {
            for (Caller caller : CALLERS) {
                String path = route.path().replace("{p}", project).replace("{i}", issue).replace("{u}", unit)
                        .replace("{m}", milestoneId).replace("{x}", UUID.randomUUID().toString());
                String token = caller.role() == null ? null : Http.token(caller.role(), DEPARTMENT.equals(caller.role())
                        ? (caller.otherUnit() ? otherUnit : unit) : null);
                String body = route.body().apply(caller);
                List<String> headers = new ArrayList<>();
                if (route.method().equals("PATCH")) { // the current version, so only authorisation can refuse it
                    String etag = http.get(path, commanderToken).header("ETag");
                    headers.addAll(List.of("If-Match", etag == null ? "\"0\"" : etag));
                }
                Http.Reply r = http.send(route.method(), path, token,
                        body == null ? (route.method().equals("GET") ? null : new byte[0]) : body.replace("{p}", project).getBytes(StandardCharsets.UTF_8),
                        headers.toArray(String[]::new));
                Cell cell = new Cell(route, caller, expected(route, caller), r.status());
                cells.add(cell);
                if (!cell.right()) {
                    wrong.add(route.method() + " " + route.path() + " as " + caller.name() + ": " + r.status() + ", want " + cell.expected()
                            + " — " + (r.body().length() > 160 ? r.body().substring(0, 160) : r.body()));
                }
            }
        }
        return new Result(table.size(), cells.size(), cells, wrong);
    }

    static String expected(Route route, Caller caller) {
        if (route.isPublic()) {
            return "pass";
        }
        if (caller.role() == null) {
            return "401";
        }
        if (!route.roles().contains(caller.role())) {
            return "403";
        }
        if (caller.otherUnit() && route.ownUnitOnly()) {
            return "403";
        }
        return "pass";
    }
}
