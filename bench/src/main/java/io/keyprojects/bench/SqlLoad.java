package io.keyprojects.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * Loads the generated units and projects straight into projects-service's database (after its Flyway
 * migrations ran), bypassing the API and the outbox: 10,000 projects in seconds instead of minutes. The
 * events for them come from {@link EventFlood}, with the same ids.
 */
final class SqlLoad {
    private SqlLoad() {
    }

    static void run(Map<String, String> o, Results results) throws Exception {
        Dataset data = Dataset.generate(Integer.parseInt(o.get("units")), Integer.parseInt(o.get("projects")));
        long started = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = DriverManager.getConnection(o.get("jdbc") + "?reWriteBatchedInserts=true", "postgres", "postgres")) {
            c.setAutoCommit(false);
            try (PreparedStatement unit = c.prepareStatement(
                    "INSERT INTO unit (code, name, kind, created_at, created_by) VALUES (?, ?, ?, ?, 'bench') ON CONFLICT DO NOTHING")) {
                for (Dataset.Unit u : data.units()) {
                    unit.setString(1, u.code());
                    unit.setString(2, u.name());
                    unit.setString(3, u.kind());
                    unit.setTimestamp(4, now);
                    unit.addBatch();
                }
                unit.executeBatch();
            }
            try (PreparedStatement project = c.prepareStatement("""
                    INSERT INTO project (id, code, name, description, category, year, lead_unit, lead_official,
                        cooperating_units, township, planned_investment, annual_planned_investment, planned_start,
                        planned_end, phase, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, '基准数据', ?, ?, ?, '基准', '', ?, ?, ?, ?, ?, 'PREPARATION', ?, 'bench', ?, 'bench')
                    ON CONFLICT DO NOTHING""")) {
                int n = 0;
                for (Dataset.Project p : data.projects()) {
                    project.setObject(1, p.id());
                    project.setString(2, p.code());
                    project.setString(3, p.name());
                    project.setString(4, p.category());
                    project.setInt(5, Dataset.YEAR);
                    project.setString(6, p.leadUnit());
                    project.setString(7, p.township());
                    project.setBigDecimal(8, p.plannedInvestment());
                    project.setBigDecimal(9, p.annualPlannedInvestment());
                    project.setDate(10, Date.valueOf(p.plannedStart()));
                    project.setDate(11, Date.valueOf(p.plannedEnd()));
                    project.setTimestamp(12, now);
                    project.setTimestamp(13, now);
                    project.addBatch();
                    if (++n % 1000 == 0) {
                        project.executeBatch();
                    }
                }
                project.executeBatch();
            }
            c.commit();
            try (var s = c.createStatement()) {
                s.execute("ANALYZE unit");
                s.execute("ANALYZE project");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("dataset: %d units and %d projects loaded into the projects database by SQL in %.1f s%n",
                data.units().size(), data.projects().size(), seconds);
        data.writeIds(java.nio.file.Path.of(o.get("ids")));
        results.put("load.units", data.units().size());
        results.put("load.projects", data.projects().size());
        results.put("load.sql.seconds", seconds);
    }
}
