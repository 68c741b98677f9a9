package io.keyprojects.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyprojects.stack.DemoGateway.Failed;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.keyprojects.stack.DemoGateway.array;
import static io.keyprojects.stack.DemoGateway.object;
import static io.keyprojects.stack.DemoGateway.text;

/**
 * Loads the demo county through the gateway, once: 12 units, their people and the county leaders, and the 56
 * projects of the year, of which 31 are moved to UNDER_CONSTRUCTION and 4 of those on to COMPLETED (56 / 4
 * completed / 25 not started, the founding situation), each led by a county leader (牵头领导) and answered for by a
 * person of its lead unit (专人), who is named on its time nodes and blockers. Exits 1 on any non-2xx answer.
 */
public final class DemoData {

    private final DemoGateway gateway;

    private DemoData(DemoGateway gateway) {
        this.gateway = gateway;
    }

    public static void main(String[] args) throws Exception {
        DemoData loader = new DemoData(new DemoGateway(RunDirectory.env("GATEWAY_URL", "http://localhost:8080")));
        try {
            loader.load(DemoDataset.load().movedTo(demoDay().getYear()));
        } catch (Failed e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("gateway " + loader.gateway.base() + " unreachable: " + e);
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

    /** A project as loaded: its id, its row, and its 专人 (the person of its lead unit who answers for it). */
    record Loaded(String id, DemoDataset.Project project, String person) {
        String leadUnit() {
            return project.leadUnit();
        }
    }

    private void load(DemoDataset dataset) throws IOException, InterruptedException {
        gateway.signInAsCommander();
        if (DemoGateway.items(gateway.get("/api/units")).iterator().hasNext()) {
            System.out.println("demo data already loaded");
            return;
        }
        for (DemoDataset.Unit unit : dataset.units()) {
            gateway.post("/api/units", object().put("code", unit.code()).put("name", unit.name()).put("kind", unit.kind()),
                    "demo-unit-" + unit.code());
        }
        System.out.println("units: " + dataset.units().size() + " created");
        People people = loadPeople(dataset.people());

        int started = 0;
        int completed = 0;
        int nodesDone = 0;
        List<Loaded> notStarted = new ArrayList<>();
        List<Loaded> building = new ArrayList<>();
        List<String> lagging = new ArrayList<>(); // projects under construction at the slow pace
        for (DemoDataset.Project project : dataset.projects()) {
            String person = people.responsibleFor(project.leadUnit());
            String id = gateway.create("/api/projects", projectJson(project, dataset.year(), people.leader(project.leadOfficial()), person),
                    "demo-" + project.code());
            Loaded loaded = new Loaded(id, project, person);
            if (project.phase().equals("PREPARATION")) {
                notStarted.add(loaded);
                // 年度目标: a project that starts in the year's second half is held to its preliminary work and a start
                gateway.put("/api/projects/" + id + "/targets/" + dataset.year(), object()
                        .put("investment", share(project.annualPlannedInvestment(), 0.3).toPlainString())
                        .put("physicalTarget", "完成前期工作，年内开工建设"), "\"0\"");
                continue;
            }
            if (started % PACE.length == PACE.length - 1 && !project.phase().equals("COMPLETED")) {
                lagging.add(id); // still being built, so a re-plan of its end has something to move
            }
            nodesDone += loadHistory(loaded, started++);
            if (project.phase().equals("COMPLETED")) {
                gateway.post("/api/projects/" + id + "/phase", object().put("phase", "COMPLETED"), null);
                completed++;
            } else {
                building.add(loaded);
            }
        }
        System.out.printf("projects: %d created, %d started (%d of them completed), %d not started; "
                        + "%d time nodes on the started ones' plan curves (%d done), a progress report each%n",
                dataset.projects().size(), started, completed, dataset.projects().size() - started, 2 * started, nodesDone);
        String legalCase = loadHardships(notStarted);
        loadTimetablesAndBaseline(notStarted, lagging, dataset.year(), people);
        loadBlockers(notStarted, legalCase);
        if (building.size() >= 2) {
            loadSupervision(building.get(0), building.get(building.size() - 1));
        }
    }

    /**
     * 自查、表彰与批评、定期通报、宣传 as they stood on the demo day: one unit's self-inspection with a finding it
     * rectifies itself, last month's honours as the commander confirmed them, last month's scheduled bulletin carrying
     * them, and one model case and one exposure on the public site.
     */
    private void loadSupervision(Loaded model, Loaded exposed) throws IOException, InterruptedException {
        LocalDate today = demoDay();
        gateway.signInAs("department", model.leadUnit());
        ObjectNode inspection = object().put("projectId", model.id()).put("inspectedOn", today.minusDays(7).toString())
                .put("title", "安全文明施工自查").put("notes", "对照倒排工期和安全文明施工标准逐项自查");
        inspection.set("findings", array().add(object().put("description", "施工围挡破损两处，夜间照明不足")
                .put("requirement", "修复围挡，增设警示灯").put("deadline", today.plusDays(5).toString())
                .put("responsiblePerson", model.person())));
        onceKnown(() -> gateway.post("/api/supervision/self-inspections", inspection, "demo-self-inspection"));

        gateway.signInAsCommander();
        String lastMonth = YearMonth.from(today).minusMonths(1).toString();
        ArrayNode decisions = array();
        for (JsonNode line : DemoGateway.items(gateway.get("/api/assessments/" + lastMonth + "/honours"))) {
            if ("PROPOSED".equals(text(line, "status"))) {
                decisions.add(object().put("proposal", text(line, "proposal")).put("decision", "CONFIRM"));
            }
        }
        if (!decisions.isEmpty()) {
            ObjectNode body = object();
            body.set("decisions", decisions);
            gateway.post("/api/assessments/" + lastMonth + "/honours", body, null);
        }
        gateway.post("/api/publicity", object().put("kind", "MODEL_CASE").put("projectId", model.id())
                .put("title", model.project().name() + "倒排工期、挂图作战").put("text", "项目专班倒排工期、挂图作战，一线解决问题，形象进度走在全县前列。"),
                "demo-publicity-model");
        gateway.post("/api/publicity", object().put("kind", "EXPOSURE").put("projectId", exposed.id())
                .put("title", exposed.project().name() + "推进不力问题曝光").put("text", "责任单位对阻工问题长期推诿扯皮，进度严重滞后，现予以曝光，限期整改。"),
                "demo-publicity-exposure");

        gateway.signInAs("supervisor", null);
        gateway.post("/api/supervision/bulletins/schedule/run?period=" + lastMonth, object(), null);
        gateway.signInAsCommander();
        System.out.printf("supervision: 1 self-inspection, %d honours of %s confirmed, its scheduled bulletin, 1 model case, 1 exposure%n",
                decisions.size(), lastMonth);
    }

    /** assessment-service learns of projects from Kafka: a write naming one just registered may meet a 422 for a moment. */
    private JsonNode onceKnown(Write write) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return write.send();
            } catch (Failed e) {
                if (e.status != 422 || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    @FunctionalInterface
    private interface Write {
        JsonNode send() throws IOException, InterruptedException;
    }

    /**
     * 责任人: the county leaders who lead projects (牵头领导) and each unit's head and staff, registered by the
     * commander; a unit's staff take its projects in turn as their 专人.
     */
    private People loadPeople(List<DemoDataset.Person> rows) throws IOException, InterruptedException {
        People people = new People();
        for (int i = 0; i < rows.size(); i++) {
            DemoDataset.Person row = rows.get(i);
            ObjectNode person = object().put("name", row.name()).put("title", row.title()).put("kind", row.kind()).put("phone", row.phone());
            if (row.unit() != null) {
                person.put("unit", row.unit());
            }
            String id = gateway.create("/api/people", person, "demo-person-" + (i + 1)); // a header is ASCII: the row, not the name
            people.add(row, id);
        }
        System.out.printf("people: %d county leaders, %d people of the units%n", people.leaders.size(), rows.size() - people.leaders.size());
        return people;
    }

    /** Who was registered: the county leaders by name, each unit's staff in order. */
    static final class People {
        private final Map<String, String> leaders = new HashMap<>();
        private final Map<String, List<String>> staff = new HashMap<>();
        private final Map<String, Integer> turns = new HashMap<>();

        void add(DemoDataset.Person row, String id) {
            if (row.kind().equals("COUNTY_LEADER")) {
                leaders.put(row.name(), id);
            } else if (row.kind().equals("STAFF")) {
                staff.computeIfAbsent(row.unit(), u -> new ArrayList<>()).add(id);
            }
        }

        String leader(String name) {
            String id = leaders.get(name);
            if (id == null) {
                throw new Failed("no county leader " + name + " in demo/people.csv");
            }
            return id;
        }

        /** The unit's staff in turn, one per project it leads. */
        String responsibleFor(String unit) {
            List<String> own = staff.get(unit);
            if (own == null || own.isEmpty()) {
                throw new Failed("no staff of " + unit + " in demo/people.csv");
            }
            int turn = turns.merge(unit, 1, Integer::sum) - 1;
            return own.get(turn % own.size());
        }

        /** Someone of {@code unit} to name on a time node it answers for (its first staff member), or null. */
        String of(String unit) {
            List<String> own = staff.get(unit);
            return own == null || own.isEmpty() ? null : own.get(0);
        }
    }

    /**
     * 排出时间表: every not-started project gets its category's preliminary steps worked back from its planned start
     * (those already past their day and not done are late on the board), each step naming a person of the unit that
     * answers for it; then the commander approves the year's programme (基线), and one lagging project is re-planned
     * after it, with its reason, so the change log and the indicators against the baseline have something to show.
     */
    private void loadTimetablesAndBaseline(List<Loaded> notStarted, List<String> lagging, int year, People people)
            throws IOException, InterruptedException {
        LocalDate today = demoDay();
        int stepsDone = 0;
        for (int i = 0; i < notStarted.size(); i++) {
            Loaded project = notStarted.get(i);
            gateway.post("/api/projects/" + project.id() + "/milestones/from-template", object(), "demo-timetable-" + project.id());
            boolean stuck = i % 3 == 2; // a third of them stuck at their first step: the board's late ones
            for (JsonNode node : DemoGateway.items(gateway.get("/api/projects/" + project.id() + "/milestones"))) {
                ObjectNode edit = object().put("responsiblePersonId", personFor(node, project, people));
                LocalDate planned = LocalDate.parse(text(node, "plannedDate"));
                if (!stuck && planned.isBefore(today.minusDays(45))) {
                    edit.put("completed", true).put("actualDate", planned.plusDays(i % 4 == 1 ? 10 : 0).toString());
                    stepsDone++;
                }
                gateway.patch("/api/projects/" + project.id() + "/milestones/" + text(node, "id"), edit, "*");
            }
        }
        gateway.post("/api/programme/" + year + "/approval", object(), "demo-approval-" + year);
        if (!lagging.isEmpty()) {
            String id = lagging.get(0);
            LocalDate end = LocalDate.parse(text(gateway.get("/api/projects/" + id), "plannedEnd"));
            gateway.patch("/api/projects/" + id, object().put("plannedEnd", end.plusMonths(3).toString())
                    .put("reason", REPLAN_REASON), "*");
        }
        System.out.printf("timetables: %d not-started projects' preliminary steps worked back from their planned start, %d steps done, "
                + "each naming its 专人; the %d programme approved (baseline); one re-plan with its reason%n", notStarted.size(), stepsDone, year);
    }

    /** Why the one re-plan after approval was made (the change log shows it). */
    static final String REPLAN_REASON = "拆迁安置延后，经调度会研究顺延三个月";

    /** A step's 专人: someone of the unit that answers for it where that unit works on the project, else the project's own. */
    private static String personFor(JsonNode node, Loaded project, People people) {
        String unit = node.path("responsibleUnit").asText("");
        boolean onProject = unit.equals(project.leadUnit()) || project.project().cooperatingUnits().contains(unit);
        String person = onProject ? people.of(unit) : null;
        return person != null && !unit.equals(project.leadUnit()) ? person : project.person();
    }

    /**
     * The speech's three hard problems on the first not-started projects, where the blockers below name them:
     * demolition with two holdout households, one already in the legal procedure (公告, 评估, 补偿决定 taken);
     * land whose quota and 占补平衡 are short; funding whose bonds are not in place. Returns the legal case's id.
     */
    private String loadHardships(List<Loaded> notStarted) throws IOException, InterruptedException {
        if (notStarted.size() < 3) {
            return null;
        }
        LocalDate today = demoDay();
        String demolished = notStarted.get(0).id();
        gateway.put("/api/projects/" + demolished + "/demolition", object().put("households", 48).put("floorArea", "9600.00")
                .put("householdsSigned", 46), "\"0\"");
        String caseId = text(gateway.post("/api/projects/" + demolished + "/demolition/cases",
                object().put("household", "张某某").put("address", "城关镇东街12号"), "demo-case-1"), "id");
        String[][] steps = {{"NOTICE", "60", "征收公告张贴于东街公告栏"}, {"VALUATION", "40", "评估报告送达"},
                {"COMPENSATION_DECISION", "20", "县政府作出补偿决定"}};
        for (String[] step : steps) {
            gateway.post("/api/projects/" + demolished + "/demolition/cases/" + caseId + "/steps", object().put("step", step[0])
                    .put("date", today.minusDays(Long.parseLong(step[1])).toString()).put("note", step[2]), "demo-case-1-" + step[0]);
        }
        gateway.put("/api/projects/" + notStarted.get(1).id() + "/land", object().put("areaNeeded", "120.50").put("quotaSecured", "80.00")
                .put("balanceSecured", "60.00").put("approvalStage", "SUBMITTED").put("note", "余下用地指标待省厅下达，占补平衡指标待调剂"), "\"0\"");
        ArrayNode sources = array();
        sources.add(object().put("source", "SUPERIOR_GRANT").put("planned", "5000.00").put("secured", "5000.00").put("paidOut", "2000.00"));
        sources.add(object().put("source", "FINANCING_AND_BONDS").put("planned", "8000.00").put("secured", "3000.00").put("paidOut", "0"));
        ObjectNode funding = object();
        funding.set("sources", sources);
        gateway.put("/api/projects/" + notStarted.get(2).id() + "/funding", funding, "\"0\"");
        System.out.println("hardships: demolition with 2 holdout households (1 in the legal procedure, 3 steps taken), "
                + "a land-quota and 占补平衡 gap, a funding gap of 5000 万元");
        return caseId;
    }

    /**
     * What a started project has behind it, so the programme view and the feed have something to show:
     * its actual start (a few days after the plan for some), two time nodes on the plan's own curve (施工许可
     * at a tenth of the window with 5 %, 主体施工 at six tenths with 55 %), each naming the project's 专人, done
     * where their day has passed (every fourth late), and its monthly reports — on plan for some, lagging for others.
     * Returns the nodes done.
     */
    private int loadHistory(Loaded loaded, int n) throws IOException, InterruptedException {
        String id = loaded.id();
        DemoDataset.Project project = loaded.project();
        LocalDate today = demoDay();
        LocalDate start = project.plannedStart();
        long window = Math.max(1, ChronoUnit.DAYS.between(start, project.plannedEnd()));
        LocalDate actualStart = min(start.plusDays(n % 3 * 10L), today);
        gateway.patch("/api/projects/" + id, object().put("actualStart", actualStart.toString()), "\"0\"");
        gateway.post("/api/projects/" + id + "/phase", object().put("phase", "UNDER_CONSTRUCTION"), null);
        int done = 0;
        String[][] nodes = {{"CONSTRUCTION_PERMIT", "取得施工许可", "0.1", "5"}, {"CONSTRUCTION", "主体工程完成过半", "0.6", "55"}};
        for (String[] node : nodes) {
            LocalDate planned = start.plusDays(Math.round(window * Double.parseDouble(node[2])));
            String milestone = text(gateway.post("/api/projects/" + id + "/milestones", object().put("kind", node[0]).put("name", node[1])
                    .put("plannedDate", planned.toString()).put("plannedPercent", Integer.parseInt(node[3]))
                    .put("responsiblePersonId", loaded.person()), "demo-node-" + id + "-" + node[0]), "id");
            if (!planned.isAfter(today)) {
                LocalDate actual = min(planned.plusDays(n % 4 == 0 ? 12 : 0), today);
                gateway.patch("/api/projects/" + id + "/milestones/" + milestone,
                        object().put("completed", true).put("actualDate", actual.toString()), "\"0\"");
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
            gateway.post("/api/projects/" + id + "/progress", object().put("period", period)
                    .put("progressPercent", monthPercent).put("completedInvestment", sofar.toPlainString())
                    .put("investmentThisMonth", month.toPlainString())
                    .put("narrative", "按月填报：完成形象进度" + monthPercent + "%"), "demo-progress-" + id + "-" + period);
        }
    }

    private static BigDecimal share(BigDecimal amount, double fraction) {
        return amount.multiply(BigDecimal.valueOf(fraction)).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * 问题清单 on the not-started projects: every category, every third one already overdue, each naming the project's
     * 专人; the demolition blocker names the holdout's legal case and the funding blocker the project's funding gap;
     * then one 调度会 deciding three of them.
     */
    private void loadBlockers(List<Loaded> projects, String legalCase) throws IOException, InterruptedException {
        String[][] kinds = {{"DEMOLITION", "拆迁安置未完成，2户未签约，1户已进入依法处理程序"}, {"LAND", "用地指标未落实，占补平衡待审批"},
                {"FUNDING", "年度资金缺口，专项债未到位"}, {"POLICY", "村级政策处理受阻"}, {"PERMIT", "施工许可手续未办结"},
                {"UNIT_PERFORMANCE", "配合单位推进不力"}, {"OTHER", "管线迁改协调滞后"}};
        String[] severities = {"HIGH", "CRITICAL", "MEDIUM", "HIGH", "LOW", "MEDIUM", "HIGH"};
        LocalDate today = demoDay();
        List<String[]> blockers = new ArrayList<>(); // {issueId, unit, person}
        for (int i = 0; i < 14 && !projects.isEmpty(); i++) {
            Loaded project = projects.get(i % projects.size());
            String[] kind = kinds[i % kinds.length];
            ObjectNode blocker = object().put("projectId", project.id()).put("category", kind[0])
                    .put("severity", severities[i % severities.length]).put("title", kind[1])
                    .put("responsibleUnit", project.leadUnit()).put("responsiblePerson", project.person());
            if (i % 3 == 0) {
                blocker.put("dueDate", today.minusDays(10 + i).toString());
            }
            if (i == 0 && legalCase != null) {
                blocker.put("legalCaseId", legalCase); // the first project's holdout in the legal procedure
            }
            if (i == 2) {
                blocker.put("fundingGap", true); // the third project's bonds not in place
            }
            String id = text(reportOnceKnown(blocker, "demo-blocker-" + i), "id");
            blockers.add(new String[] {id, project.leadUnit(), project.person()});
        }
        if (blockers.size() < 3) {
            return;
        }
        ObjectNode meeting = object().put("heldOn", today.toString()).put("title", "重点工程第一次调度会").put("convener", "城市建设指挥部");
        meeting.set("attendees", array().add("县住建局").add("县自然资源局").add("城关镇"));
        meeting.set("agenda", array().add(blockers.get(0)[0]).add(blockers.get(1)[0]).add(blockers.get(2)[0]));
        String meetingId = text(gateway.post("/api/meetings", meeting, "demo-meeting-1"), "id");
        for (int i = 0; i < 3; i++) {
            gateway.post("/api/meetings/" + meetingId + "/decisions", object().put("issueId", blockers.get(i)[0])
                    .put("assignedUnit", blockers.get(i)[1]).put("responsiblePerson", blockers.get(i)[2])
                    .put("deadline", today.plusDays(14).toString())
                    .put("decision", "责任单位牵头，倒排工期，两周内销号"), "demo-decision-" + i);
        }
        System.out.printf("blockers: %d reported (every category, %d with a deadline already past, each naming its 专人), "
                + "1 dispatch meeting deciding 3 of them%n", blockers.size(), (blockers.size() + 2) / 3);
    }

    /**
     * issues-service learns of projects, people, legal cases and funding gaps from Kafka: a blocker reported at once may
     * meet a 422 for a moment.
     */
    private JsonNode reportOnceKnown(ObjectNode body, String key) throws IOException, InterruptedException {
        return onceKnown(() -> gateway.post("/api/issues", body, key));
    }

    /** A project's registration: its 牵头领导 and 专人 as people, each cooperating unit with its task (配合事项). */
    static ObjectNode projectJson(DemoDataset.Project p, int year, String leadOfficialId, String responsiblePersonId) {
        ObjectNode project = object()
                .put("code", p.code())
                .put("name", p.name())
                .put("description", p.description())
                .put("category", p.category())
                .put("year", year)
                .put("leadUnit", p.leadUnit())
                .put("leadOfficialId", leadOfficialId)
                .put("responsiblePersonId", responsiblePersonId)
                .put("township", p.township())
                .put("plannedInvestment", p.plannedInvestment().toPlainString())
                .put("annualPlannedInvestment", p.annualPlannedInvestment().toPlainString())
                .put("plannedStart", p.plannedStart().toString())
                .put("plannedEnd", p.plannedEnd().toString());
        ArrayNode cooperating = project.putArray("cooperatingUnits");
        for (String unit : p.cooperatingUnits()) {
            cooperating.add(object().put("unit", unit).put("task", taskOf(unit)));
        }
        return project;
    }

    /** 配合事项: what a cooperating unit does for a project, by what the unit is. */
    static String taskOf(String unit) {
        return switch (unit) {
            case "ZRJ" -> "用地报批与占补平衡";
            case "FGJ" -> "立项审批与资金争取";
            case "CGZ", "DCJD", "XCJD" -> "征地拆迁与政策处理";
            case "CTJT" -> "融资与建设实施";
            case "ZJJ" -> "规划许可与施工许可";
            default -> "行业审批与协调推进";
        };
    }
}
