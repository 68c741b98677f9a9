package io.keyprojects.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every write whose right depends on the resource (a department's own project, time node, blocker, order),
 * through the gateway: a department of another unit gets its 403 whatever it sends — JSON that does not
 * parse included — while the unit's own department gets the 400 for the same bytes; and {@code If-Match: *}
 * (RFC 9110: whatever the current version is) is accepted on every PATCH and PUT and on a blocker's move.
 */
class WritesThroughTheGatewayIT {
    private static final Duration CONVERGE = Duration.ofSeconds(60);
    private static final String UNREADABLE = "{\"progressPercent\": 4";
    private static Http http;
    private static String commander;

    /** A write: method, path, and the body that is right for it. */
    record Write(String method, String path, String body) {
        boolean conditional() {
            return method.equals("PATCH") || method.equals("PUT");
        }
    }

    @BeforeAll
    static void system() {
        http = new Http(RunningSystem.get().gatewayUrl());
        commander = Http.token("commander", null);
    }

    /** A unit with a project, a time node, a blocker and a rectification order; the writes on them. */
    private static List<Write> writesOf(String unit) {
        String project = JsonPath.from(ok(http.post("/api/projects", commander, """
                {"code": "2026-WG-%s", "name": "城西安置房", "category": "LIVELIHOOD", "year": 2026, "leadUnit": "%s",
                 "plannedInvestment": "9000.00", "annualPlannedInvestment": "3000.00", "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}"""
                .formatted(unit, unit))).body()).getString("id");
        String milestone = JsonPath.from(ok(http.post("/api/projects/" + project + "/milestones", commander,
                "{\"kind\": \"TENDERING\", \"plannedDate\": \"2026-04-30\", \"durationDays\": 10}")).body()).getString("id");
        String department = Http.token("department", unit);
        String blocker = """
                {"projectId": "%s", "category": "LAND", "severity": "LOW", "title": "用地指标", "responsibleUnit": "%s"}"""
                .formatted(project, unit);
        String issue = JsonPath.from(await().atMost(CONVERGE).pollInterval(Duration.ofMillis(250))
                .until(() -> http.post("/api/issues", department, blocker), Http.Reply::ok).body()).getString("id");
        String supervisor = Http.token("supervisor", null);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String inspection = JsonPath.from(await().atMost(CONVERGE).pollInterval(Duration.ofMillis(250)).until(() -> http.post(
                "/api/supervision/inspections", supervisor, "{\"unit\": \"%s\", \"inspectedOn\": \"%s\", \"title\": \"现场督查\"}"
                        .formatted(unit, today)), Http.Reply::ok).body()).getString("id");
        String order = JsonPath.from(ok(http.post("/api/supervision/inspections/" + inspection + "/findings", supervisor,
                "{\"description\": \"围挡缺失\", \"responsibleUnit\": \"%s\", \"requirement\": \"三日内整改\", \"deadline\": \"%s\"}"
                        .formatted(unit, today.plusDays(3)))).body()).getString("order.id");
        String p = "/api/projects/" + project;
        return List.of(
                new Write("PATCH", p, "{\"progressPercent\": 12.5}"),
                new Write("POST", p + "/phase", "{\"phase\": \"UNDER_CONSTRUCTION\"}"),
                new Write("POST", p + "/milestones", "{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"2026-05-31\"}"),
                new Write("PATCH", p + "/milestones/" + milestone, "{\"durationDays\": 21}"),
                new Write("POST", p + "/progress", "{\"period\": \"2026-07\", \"progressPercent\": 45}"),
                new Write("PUT", p + "/land", "{\"areaNeeded\": \"120\", \"quotaSecured\": \"80\", \"balanceSecured\": \"60\", \"approvalStage\": \"SUBMITTED\"}"),
                new Write("PUT", p + "/funding", "{\"sources\": []}"),
                new Write("PUT", p + "/demolition", "{\"households\": 48, \"floorArea\": \"9600\", \"householdsSigned\": 46}"),
                new Write("POST", p + "/demolition/cases", "{\"household\": \"张某某\"}"),
                new Write("POST", p + "/demolition/cases/" + UUID.randomUUID() + "/steps", "{\"step\": \"NOTICE\", \"date\": \"2026-04-10\"}"),
                new Write("POST", "/api/issues/" + issue + "/transitions", "{\"to\": \"ACKNOWLEDGED\"}"),
                new Write("POST", "/api/supervision/rectifications/" + order + "/transitions", "{\"to\": \"SIGNED_FOR\"}"));
    }

    private static String newUnit(String prefix) {
        String code = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        ok(http.post("/api/units", commander, "{\"code\":\"" + code + "\",\"name\":\"写入测试单位\",\"kind\":\"BUREAU\"}"));
        return code;
    }

    private static Http.Reply ok(Http.Reply reply) {
        if (!reply.ok()) {
            throw new AssertionError("setup refused: " + reply);
        }
        return reply;
    }

    @Test
    void a_department_of_another_unit_gets_403_for_any_body_and_the_units_own_department_gets_the_400() {
        String unit = newUnit("WA");
        String own = Http.token("department", unit);
        String other = Http.token("department", newUnit("WB"));
        List<String> wrong = new ArrayList<>();
        for (Write write : writesOf(unit)) {
            String[] headers = write.conditional() ? new String[] {"If-Match", "*"} : new String[0];
            byte[] body = UNREADABLE.getBytes(StandardCharsets.UTF_8);
            Http.Reply stranger = http.send(write.method(), write.path(), other, body, headers);
            if (stranger.status() != 403) {
                wrong.add(write.method() + " " + write.path() + " as another unit: " + stranger);
            }
            Http.Reply owner = http.send(write.method(), write.path(), own, body, headers);
            if (owner.status() != 400 || !owner.body().contains("malformed-body")) {
                wrong.add(write.method() + " " + write.path() + " as its unit: " + owner);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void if_match_star_is_accepted_on_every_patch_put_and_blocker_move() {
        String unit = newUnit("WS");
        List<String> wrong = new ArrayList<>();
        for (Write write : writesOf(unit)) {
            if (!write.conditional() && !write.path().startsWith("/api/issues/")) {
                continue;
            }
            Http.Reply reply = http.send(write.method(), write.path(), commander, write.body().getBytes(StandardCharsets.UTF_8),
                    "If-Match", "*");
            if (reply.status() != 200) {
                wrong.add(write.method() + " " + write.path() + ": " + reply);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
