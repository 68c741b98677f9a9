package io.keyprojects.stack;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads the demo county through the gateway, once: 12 units and the 56 projects of 2026, of which
 * 31 are moved to UNDER_CONSTRUCTION and 4 of those on to COMPLETED (56 / 4 completed / 25 not
 * started, the founding situation). Exits 1 on any non-2xx answer.
 */
public final class DemoData {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PLANNED_END = Pattern.compile("\"plannedEnd\"\\s*:\\s*\"([0-9-]{10})\"");
    private static final Pattern PLANNED_DATE = Pattern.compile("\"plannedDate\"\\s*:\\s*\"([0-9-]{10})\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String gateway;
    private String token;

    private DemoData(String gateway) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
    }

    public static void main(String[] args) throws Exception {
        DemoData loader = new DemoData(RunDirectory.env("GATEWAY_URL", "http://localhost:8080"));
        try {
            loader.load(DemoDataset.load().movedTo(demoDay().getYear()));
        } catch (Failed e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("gateway " + loader.gateway + " unreachable: " + e);
            System.exit(1);
        }
    }

    /**
     * The day the demo lives on, from the services' own settings: COUNTY_DEMO_DATE (make up sets it, 30 June by
     * default), else today in COUNTY_TIME_ZONE. A time node done "today" is never after the services' today,
     * and the history loaded is the programme as it stood that day, whatever day make up runs.
     */
    static LocalDate demoDay() {
        String day = RunDirectory.env("COUNTY_DEMO_DATE", "");
        return day.isBlank() ? LocalDate.now(ZoneId.of(RunDirectory.env("COUNTY_TIME_ZONE", "Asia/Shanghai"))) : LocalDate.parse(day);
    }

    private void load(DemoDataset dataset) throws IOException, InterruptedException {
        String answer = send("POST", "/auth/token", "{\"role\":\"commander\",\"unit\":\"ZFB\"}", null).body();
        token = match(TOKEN, answer, "/auth/token answered without a token: " + answer);

        if (send("GET", "/api/units", null, null).body().contains("\"code\"")) {
            System.out.println("demo data already loaded");
            return;
        }
        for (DemoDataset.Unit unit : dataset.units()) {
            send("POST", "/api/units", object("code", json(unit.code()), "name", json(unit.name()),
                    "kind", json(unit.kind())), "demo-unit-" + unit.code());
        }
        System.out.println("units: " + dataset.units().size() + " created");

        int started = 0;
        int completed = 0;
        int nodesDone = 0;
        List<String[]> notStarted = new ArrayList<>(); // {id, leadUnit}
        List<String> lagging = new ArrayList<>(); // started projects at the slow pace
        for (DemoDataset.Project project : dataset.projects()) {
            HttpResponse<String> created = send("POST", "/api/projects", projectJson(project, dataset.year()), "demo-" + project.code());
            String id = created.headers().firstValue("Location")
                    .map(location -> location.substring(location.lastIndexOf('/') + 1))
                    .orElseGet(() -> match(ID, created.body(), "no id for " + project.code() + ": " + created.body()));
            if (project.phase().equals("PREPARATION")) {
                notStarted.add(new String[] {id, project.leadUnit()});
                // 年度目标: a project that starts in the year's second half is held to its preliminary work and a start
                send("PUT", "/api/projects/" + id + "/targets/" + dataset.year(), object(
                        "investment", json(share(project.annualPlannedInvestment(), 0.3).toPlainString()),
                        "physicalTarget", json("完成前期工作，年内开工建设")), null, "\"0\"");
                continue;
            }
            if (started % PACE.length == PACE.length - 1) {
                lagging.add(id);
            }
            nodesDone += loadHistory(id, project, started++);
            if (project.phase().equals("COMPLETED")) {
                send("POST", "/api/projects/" + id + "/phase", "{\"phase\":\"COMPLETED\"}", null);
                completed++;
            }
        }
        System.out.printf("projects: %d created, %d started (%d of them completed), %d not started; "
                        + "%d time nodes on the started ones' plan curves (%d done), a progress report each%n",
                dataset.projects().size(), started, completed, dataset.projects().size() - started, 2 * started, nodesDone);
        loadHardships(notStarted);
        loadTimetablesAndBaseline(notStarted, lagging, dataset.year());
        loadBlockers(notStarted);
    }

    /**
     * 排出时间表: every not-started project gets its category's preliminary steps worked back from its planned start
     * (those already past their day and not done are late on the board); then the commander approves the year's
     * programme (基线), and one lagging project is re-planned after it, with its reason, so the change log and the
     * indicators against the baseline have something to show.
     */
    private void loadTimetablesAndBaseline(List<String[]> notStarted, List<String> lagging, int year)
            throws IOException, InterruptedException {
        LocalDate today = demoDay();
        int stepsDone = 0;
        for (int i = 0; i < notStarted.size(); i++) {
            String project = notStarted.get(i)[0];
            send("POST", "/api/projects/" + project + "/milestones/from-template", "{}", "demo-timetable-" + project);
            if (i % 3 == 2) {
                continue; // a third of them stuck at their first step: the board's late ones
            }
            for (String node : send("GET", "/api/projects/" + project + "/milestones", null, null).body().split("\\},\\{")) {
                Matcher id = ID.matcher(node);
                Matcher planned = PLANNED_DATE.matcher(node);
                if (id.find() && planned.find() && LocalDate.parse(planned.group(1)).isBefore(today.minusDays(45))) {
                    LocalDate done = LocalDate.parse(planned.group(1)).plusDays(i % 4 == 1 ? 10 : 0);
                    send("PATCH", "/api/projects/" + project + "/milestones/" + id.group(1),
                            object("completed", "true", "actualDate", json(done.toString())), null, "*");
                    stepsDone++;
                }
            }
        }
        send("POST", "/api/programme/" + year + "/approval", "{}", "demo-approval-" + year);
        if (!lagging.isEmpty()) {
            String id = lagging.get(0);
            String answer = send("GET", "/api/projects/" + id, null, null).body();
            String end = match(PLANNED_END, answer, "no plannedEnd: " + answer);
            send("PATCH", "/api/projects/" + id, object("plannedEnd", json(LocalDate.parse(end).plusMonths(3).toString()),
                    "reason", json("拆迁安置延后，经调度会研究顺延三个月")), null, "*");
        }
        System.out.printf("timetables: %d not-started projects' preliminary steps worked back from their planned start, %d steps done; "
                + "the %d programme approved (baseline); one re-plan with its reason%n", notStarted.size(), stepsDone, year);
    }

    /**
     * The speech's three hard problems on the first not-started projects, where the blockers below name them:
     * demolition with two holdout households, one already in the legal procedure (公告, 评估, 补偿决定 taken);
     * land whose quota and 占补平衡 are short; funding whose bonds are not in place.
     */
    private void loadHardships(List<String[]> notStarted) throws IOException, InterruptedException {
        if (notStarted.size() < 3) {
            return;
        }
        LocalDate today = demoDay();
        String demolished = notStarted.get(0)[0];
        send("PUT", "/api/projects/" + demolished + "/demolition", object("households", "48", "floorArea", json("9600.00"),
                "householdsSigned", "46"), null, "\"0\"");
        String answer = send("POST", "/api/projects/" + demolished + "/demolition/cases",
                object("household", json("张某某"), "address", json("城关镇东街12号")), "demo-case-1").body();
        String caseId = match(ID, answer, "no case id: " + answer);
        String[][] steps = {{"NOTICE", "60", "征收公告张贴于东街公告栏"}, {"VALUATION", "40", "评估报告送达"},
                {"COMPENSATION_DECISION", "20", "县政府作出补偿决定"}};
        for (String[] step : steps) {
            send("POST", "/api/projects/" + demolished + "/demolition/cases/" + caseId + "/steps", object("step", json(step[0]),
                    "date", json(today.minusDays(Long.parseLong(step[1])).toString()), "note", json(step[2])), "demo-case-1-" + step[0]);
        }
        send("PUT", "/api/projects/" + notStarted.get(1)[0] + "/land", object("areaNeeded", json("120.50"), "quotaSecured", json("80.00"),
                "balanceSecured", json("60.00"), "approvalStage", json("SUBMITTED"), "note", json("余下用地指标待省厅下达，占补平衡指标待调剂")),
                null, "\"0\"");
        send("PUT", "/api/projects/" + notStarted.get(2)[0] + "/funding", "{\"sources\":["
                + object("source", json("SUPERIOR_GRANT"), "planned", json("5000.00"), "secured", json("5000.00"), "paidOut", json("2000.00")) + ","
                + object("source", json("FINANCING_AND_BONDS"), "planned", json("8000.00"), "secured", json("3000.00"), "paidOut", json("0")) + "]}",
                null, "\"0\"");
        System.out.println("hardships: demolition with 2 holdout households (1 in the legal procedure, 3 steps taken), "
                + "a land-quota and 占补平衡 gap, a funding gap of 5000 万元");
    }

    /**
     * What a started project has behind it, so the programme view and the feed have something to show:
     * its actual start (a few days after the plan for some), two time nodes on the plan's own curve (施工许可
     * at a tenth of the window with 5 %, 主体施工 at six tenths with 55 %), done where their day has passed
     * (every fourth late), and one progress report — on plan for some, lagging for others. Returns the nodes done.
     */
    private int loadHistory(String id, DemoDataset.Project project, int n) throws IOException, InterruptedException {
        LocalDate today = demoDay();
        LocalDate start = project.plannedStart();
        long window = Math.max(1, ChronoUnit.DAYS.between(start, project.plannedEnd()));
        LocalDate actualStart = min(start.plusDays(n % 3 * 10L), today);
        send("PATCH", "/api/projects/" + id, object("actualStart", json(actualStart.toString())), null, "\"0\"");
        send("POST", "/api/projects/" + id + "/phase", "{\"phase\":\"UNDER_CONSTRUCTION\"}", null);
        int done = 0;
        String[][] nodes = {{"CONSTRUCTION_PERMIT", "取得施工许可", "0.1", "5"}, {"CONSTRUCTION", "主体工程完成过半", "0.6", "55"}};
        for (String[] node : nodes) {
            LocalDate planned = start.plusDays(Math.round(window * Double.parseDouble(node[2])));
            String answer = send("POST", "/api/projects/" + id + "/milestones", object("kind", json(node[0]), "name", json(node[1]),
                    "plannedDate", json(planned.toString()), "plannedPercent", node[3]), "demo-node-" + id + "-" + node[0]).body();
            if (!planned.isAfter(today)) {
                LocalDate actual = min(planned.plusDays(n % 4 == 0 ? 12 : 0), today);
                send("PATCH", "/api/projects/" + id + "/milestones/" + match(ID, answer, "no milestone id: " + answer),
                        object("completed", "true", "actualDate", json(actual.toString())), null, "\"0\"");
                done++;
            }
        }
        double planned = Math.min(1, Math.max(0, ChronoUnit.DAYS.between(start, today) / (double) window));
        long percent = Math.min(95, Math.round(100 * planned * PACE[n % PACE.length]));
        BigDecimal cumulative = share(project.plannedInvestment(), percent / 100.0);
        BigDecimal thisYear = share(project.annualPlannedInvestment(), YEAR_SHARE_BY_JUNE * PACE[n % PACE.length]).min(cumulative);
        reportMonthly(id, actualStart, today, percent, cumulative, thisYear);
        return done;
    }

    /** How far each started project is against its plan, in turn: ahead, on plan, a little behind, lagging (the units the speech names). */
    private static final double[] PACE = {1.2, 1.1, 1.0, 0.6};
    /** The share of a year's investment a project on plan has completed by 30 June (the year's first half, a slow start). */
    private static final double YEAR_SHARE_BY_JUNE = 0.55;

    /**
     * 按月填报: one report a month from the month the work began (or January) to the demo day's month, each with its
     * 本月完成投资, the percent and the cumulative investment rising to the day's figures.
     */
    private void reportMonthly(String id, LocalDate actualStart, LocalDate today, long percent, BigDecimal cumulative, BigDecimal thisYear)
            throws IOException, InterruptedException {
        LocalDate first = actualStart.getYear() < today.getYear() ? today.withDayOfYear(1) : actualStart.withDayOfMonth(1);
        int months = (int) ChronoUnit.MONTHS.between(first.withDayOfMonth(1), today.withDayOfMonth(1)) + 1;
        BigDecimal before = cumulative.subtract(thisYear);
        BigDecimal monthly = thisYear.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
        for (int m = 0; m < months; m++) {
            boolean last = m == months - 1;
            BigDecimal month = last ? thisYear.subtract(monthly.multiply(BigDecimal.valueOf(months - 1))) : monthly;
            BigDecimal sofar = last ? cumulative : before.add(monthly.multiply(BigDecimal.valueOf(m + 1)));
            long monthPercent = last ? percent : percent * (m + 1) / months;
            String period = first.plusMonths(m).toString().substring(0, 7);
            send("POST", "/api/projects/" + id + "/progress", object("period", json(period),
                    "progressPercent", String.valueOf(monthPercent), "completedInvestment", json(sofar.toPlainString()),
                    "investmentThisMonth", json(month.toPlainString()),
                    "narrative", json("按月填报：完成形象进度" + monthPercent + "%")), "demo-progress-" + id + "-" + period);
        }
    }

    private static BigDecimal share(BigDecimal amount, double fraction) {
        return amount.multiply(BigDecimal.valueOf(fraction)).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** 问题清单 on the lagging projects: every category, every third one already overdue, then one 调度会. */
    private void loadBlockers(List<String[]> lagging) throws IOException, InterruptedException {
        String[][] kinds = {{"DEMOLITION", "拆迁安置未完成，2户未签约，1户已进入依法处理程序"}, {"LAND", "用地指标未落实，占补平衡待审批"},
                {"FUNDING", "年度资金缺口，专项债未到位"}, {"POLICY", "村级政策处理受阻"}, {"PERMIT", "施工许可手续未办结"},
                {"UNIT_PERFORMANCE", "配合单位推进不力"}, {"OTHER", "管线迁改协调滞后"}};
        String[] severities = {"HIGH", "CRITICAL", "MEDIUM", "HIGH", "LOW", "MEDIUM", "HIGH"};
        LocalDate today = demoDay();
        List<String[]> blockers = new ArrayList<>(); // {issueId, unit}
        for (int i = 0; i < 14 && !lagging.isEmpty(); i++) {
            String[] project = lagging.get(i % lagging.size());
            String[] kind = kinds[i % kinds.length];
            String due = i % 3 == 0 ? json(today.minusDays(10 + i).toString()) : "null";
            String body = object("projectId", json(project[0]), "category", json(kind[0]),
                    "severity", json(severities[i % severities.length]), "title", json(kind[1]),
                    "responsibleUnit", json(project[1]), "dueDate", due);
            String answer = reportOnceKnown(body, "demo-blocker-" + i).body();
            blockers.add(new String[] {match(ID, answer, "no id for a blocker: " + answer), project[1]});
        }
        if (blockers.size() < 3) {
            return;
        }
        String meeting = object("heldOn", json(today.toString()), "title", json("重点工程第一次调度会"),
                "convener", json("城市建设指挥部"), "attendees", "[" + json("县住建局") + "," + json("县自然资源局") + "," + json("城关镇") + "]",
                "agenda", "[" + json(blockers.get(0)[0]) + "," + json(blockers.get(1)[0]) + "," + json(blockers.get(2)[0]) + "]");
        String meetingId = match(ID, send("POST", "/api/meetings", meeting, "demo-meeting-1").body(), "no meeting id");
        for (int i = 0; i < 3; i++) {
            send("POST", "/api/meetings/" + meetingId + "/decisions", object("issueId", json(blockers.get(i)[0]),
                    "assignedUnit", json(blockers.get(i)[1]), "deadline", json(today.plusDays(14).toString()),
                    "decision", json("责任单位牵头，倒排工期，两周内销号")), "demo-decision-" + i);
        }
        System.out.printf("blockers: %d reported (every category, %d with a deadline already past), 1 dispatch meeting deciding 3 of them%n",
                blockers.size(), (blockers.size() + 2) / 3);
    }

    /** issues-service learns of projects from Kafka: a blocker reported at once may meet a 422 for a moment. */
    private HttpResponse<String> reportOnceKnown(String body, String key) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return send("POST", "/api/issues", body, key);
            } catch (Failed e) {
                if (!e.getMessage().contains("-> 422") || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    static String projectJson(DemoDataset.Project p, int year) {
        return object(
                "code", json(p.code()),
                "name", json(p.name()),
                "description", json(p.description()),
                "category", json(p.category()),
                "year", String.valueOf(year),
                "leadUnit", json(p.leadUnit()),
                "leadOfficial", json(p.leadOfficial()),
                "cooperatingUnits", p.cooperatingUnits().stream().map(DemoData::json).collect(Collectors.joining(",", "[", "]")),
                "township", json(p.township()),
                "plannedInvestment", json(p.plannedInvestment().toPlainString()),
                "annualPlannedInvestment", json(p.annualPlannedInvestment().toPlainString()),
                "plannedStart", json(p.plannedStart().toString()),
                "plannedEnd", json(p.plannedEnd().toString()));
    }

    /** Alternating field names and already-encoded JSON values. */
    static String object(String... namesAndValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.append(i == 0 ? "" : ",").append(json(namesAndValues[i])).append(':').append(namesAndValues[i + 1]);
        }
        return out.append('}').toString();
    }

    /** A JSON string literal. */
    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private HttpResponse<String> send(String method, String path, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        return send(method, path, body, idempotencyKey, null);
    }

    private HttpResponse<String> send(String method, String path, String body, String idempotencyKey, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=utf-8");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new Failed(method + " " + path + " -> " + response.statusCode() + "\n" + response.body());
        }
        return response;
    }

    private static String match(Pattern pattern, String text, String otherwise) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new Failed(otherwise);
        }
        return matcher.group(1);
    }

    private static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }
}
