package io.keyprojects.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo county read from {@code demo/units.csv}, {@code demo/people.csv} and {@code demo/projects.csv}: plain CSV, one
 * record a line, {@code #} comments, no quoting (fields never hold an ASCII comma).
 */
record DemoDataset(int year, List<Unit> units, List<Person> people, List<Project> projects) {

    /** The programme year the CSV files are written for. */
    static final int YEAR = 2026;

    record Unit(String code, String name, String kind) {
    }

    /** A county leader (no unit) or a unit's head or staff member; the phone is private contact detail. */
    record Person(String unit, String name, String title, String kind, String phone) {
    }

    record Project(String code, String name, String category, String leadUnit, String leadOfficial,
                   List<String> cooperatingUnits, String township, BigDecimal plannedInvestment,
                   BigDecimal annualPlannedInvestment, LocalDate plannedStart, LocalDate plannedEnd,
                   String phase, String description) {

        Project movedBy(long years) {
            return new Project(code, name, category, leadUnit, leadOfficial, cooperatingUnits, township, plannedInvestment,
                    annualPlannedInvestment, plannedStart.plusYears(years), plannedEnd.plusYears(years), phase, description);
        }
    }

    /**
     * The same county as the programme of {@code year}: every date moved by whole years, so the demo's
     * programme is the demo day's year's, and 30 June stands where it stood in the CSV's year.
     */
    DemoDataset movedTo(int year) {
        long years = year - this.year;
        return new DemoDataset(year, units, people, projects.stream().map(p -> p.movedBy(years)).toList());
    }

    static DemoDataset load() {
        List<Unit> units = new ArrayList<>();
        for (Map<String, String> row : read("demo/units.csv")) {
            units.add(new Unit(row.get("code"), row.get("name"), row.get("kind")));
        }
        List<Person> people = new ArrayList<>();
        for (Map<String, String> row : read("demo/people.csv")) {
            people.add(new Person(row.get("unit").isBlank() ? null : row.get("unit"), row.get("name"), row.get("title"),
                    row.get("kind"), row.get("phone")));
        }
        List<Project> projects = new ArrayList<>();
        for (Map<String, String> row : read("demo/projects.csv")) {
            String cooperating = row.get("cooperatingUnits");
            projects.add(new Project(row.get("code"), row.get("name"), row.get("category"), row.get("leadUnit"),
                    row.get("leadOfficial"),
                    cooperating.isBlank() ? List.of() : Arrays.asList(cooperating.split(";")),
                    row.get("township"), new BigDecimal(row.get("plannedInvestment")),
                    new BigDecimal(row.get("annualPlannedInvestment")), LocalDate.parse(row.get("plannedStart")),
                    LocalDate.parse(row.get("plannedEnd")), row.get("phase"), row.get("description")));
        }
        return new DemoDataset(YEAR, List.copyOf(units), List.copyOf(people), List.copyOf(projects));
    }

    private static List<Map<String, String>> read(String resource) {
        InputStream in = DemoDataset.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Map<String, String>> rows = new ArrayList<>();
            String[] header = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (header == null) {
                    header = fields;
                    continue;
                }
                if (fields.length != header.length) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + header.length
                            + " fields, found " + fields.length);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), fields[i].trim());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
