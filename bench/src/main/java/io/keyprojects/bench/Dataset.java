package io.keyprojects.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The generated county: {@code units} responsible units and {@code projects} projects of 2026, the same
 * every time for the same sizes (ids are name-based UUIDs), so the rows loaded into the projects database
 * and the events put on Kafka describe the same projects.
 */
record Dataset(List<Unit> units, List<Project> projects) {

    static final int YEAR = 2026;
    static final String[] KINDS = {"BUREAU", "TOWNSHIP", "SUBDISTRICT", "COMPANY"};
    static final String[] CATEGORIES = {"INFRASTRUCTURE", "LIVELIHOOD", "INDUSTRY", "URBAN_RENEWAL", "ECOLOGY", "PUBLIC_SERVICE"};

    record Unit(String code, String name, String kind) {
    }

    record Project(UUID id, String code, String name, String category, String leadUnit, String township,
                   BigDecimal plannedInvestment, BigDecimal annualPlannedInvestment, LocalDate plannedStart,
                   LocalDate plannedEnd) {
    }

    static Dataset generate(int unitCount, int projectCount) {
        List<Unit> units = new ArrayList<>(unitCount);
        for (int u = 1; u <= unitCount; u++) {
            units.add(new Unit(unitCode(u), "基准单位" + u, KINDS[u % KINDS.length]));
        }
        List<Project> projects = new ArrayList<>(projectCount);
        for (int p = 1; p <= projectCount; p++) {
            Unit lead = units.get(p % unitCount);
            BigDecimal planned = BigDecimal.valueOf(1000L + (p * 7919L) % 90000L);
            projects.add(new Project(projectId(p), String.format("%d-BZ-%05d", YEAR, p), "基准项目" + p,
                    CATEGORIES[p % CATEGORIES.length], lead.code(), "乡镇" + (p % 17),
                    planned, planned.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP),
                    LocalDate.of(YEAR, 1 + p % 6, 1), LocalDate.of(YEAR + 1 + p % 2, 1 + p % 12, 28)));
        }
        return new Dataset(units, projects);
    }

    /** B0001 … : matches the platform's unit code pattern [A-Z][A-Z0-9]{1,15}. */
    static String unitCode(int u) {
        return String.format("B%04d", u);
    }

    static UUID projectId(int p) {
        return UUID.nameUUIDFromBytes(("bench-project-" + p).getBytes(StandardCharsets.UTF_8));
    }

    /** One line per project: id and lead unit, for the load generators (wrk's Lua script reads the ids). */
    void writeIds(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Project p : projects) {
            out.append(p.id()).append(' ').append(p.leadUnit()).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
