package io.keyprojects.stack;

import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo data reproduces the founding situation: 56 projects, 4 completed, 25 not started. */
class DemoDatasetTest {

    private static final Set<String> CATEGORIES = Set.of("INFRASTRUCTURE", "LIVELIHOOD", "INDUSTRY", "URBAN_RENEWAL", "ECOLOGY", "PUBLIC_SERVICE");
    private static final Set<String> KINDS = Set.of("BUREAU", "TOWNSHIP", "SUBDISTRICT", "COMPANY");
    private final DemoDataset dataset = DemoDataset.load();

    @Test
    void fiftySixProjectsWithUniqueCodesOf2026() {
        assertEquals(56, dataset.projects().size());
        for (int i = 0; i < 56; i++) {
            assertEquals(String.format("2026-ZD-%03d", i + 1), dataset.projects().get(i).code());
        }
        assertEquals(56, dataset.projects().stream().map(DemoDataset.Project::code).distinct().count());
        assertEquals(56, dataset.projects().stream().map(DemoDataset.Project::name).distinct().count());
    }

    @Test
    void fourCompletedTwentyFiveNotStarted() {
        Map<String, Long> byPhase = dataset.projects().stream()
                .collect(Collectors.groupingBy(DemoDataset.Project::phase, Collectors.counting()));
        assertEquals(Map.of("PREPARATION", 25L, "UNDER_CONSTRUCTION", 27L, "COMPLETED", 4L), byPhase);
    }

    @Test
    void unitsHaveUniqueCodesAndKnownKinds() {
        assertEquals(12, dataset.units().size());
        assertEquals(12, dataset.units().stream().map(DemoDataset.Unit::code).distinct().count());
        dataset.units().forEach(unit -> assertTrue(KINDS.contains(unit.kind()), unit.toString()));
    }

    @Test
    void everyProjectIsValid() {
        Map<String, DemoDataset.Unit> units = dataset.units().stream()
                .collect(Collectors.toMap(DemoDataset.Unit::code, Function.identity()));
        for (DemoDataset.Project p : dataset.projects()) {
            assertTrue(CATEGORIES.contains(p.category()), p.code() + " category " + p.category());
            assertTrue(units.containsKey(p.leadUnit()), p.code() + " lead unit " + p.leadUnit());
            assertFalse(p.cooperatingUnits().isEmpty(), p.code() + " has no cooperating unit");
            assertEquals(p.cooperatingUnits().size(), new HashSet<>(p.cooperatingUnits()).size(), p.code());
            for (String unit : p.cooperatingUnits()) {
                assertTrue(units.containsKey(unit), p.code() + " cooperating unit " + unit);
                assertFalse(unit.equals(p.leadUnit()), p.code() + " cooperates with itself");
            }
            assertFalse(p.name().isBlank() || p.leadOfficial().isBlank() || p.township().isBlank() || p.description().isBlank(), p.code());
            assertTrue(p.plannedInvestment().signum() > 0, p.code());
            assertTrue(p.annualPlannedInvestment().signum() > 0, p.code());
            assertTrue(p.annualPlannedInvestment().compareTo(p.plannedInvestment()) <= 0, p.code() + " annual plan above the total");
            assertTrue(p.plannedStart().isBefore(p.plannedEnd()), p.code());
            assertTrue(!p.plannedStart().isBefore(LocalDate.of(2025, 1, 1)) && !p.plannedEnd().isAfter(LocalDate.of(2027, 12, 31)), p.code());
            if (p.phase().equals("COMPLETED")) {
                assertTrue(p.plannedEnd().getYear() <= DemoDataset.YEAR, p.code() + " completed but planned to end later");
            }
        }
    }

    @Test
    void projectRequestCarriesTheRegistryFieldsWithPeopleAndTasks() throws Exception {
        DemoDataset.Project first = dataset.projects().get(0);
        JsonNode json = DemoGateway.JSON.readTree(DemoGateway.JSON.writeValueAsString(DemoData.projectJson(first, 2026, "leader-id", "person-id")));
        assertEquals(first.code(), json.get("code").asText());
        assertEquals(first.name(), json.get("name").asText());
        assertEquals(2026, json.get("year").asInt());
        assertEquals("leader-id", json.get("leadOfficialId").asText());
        assertEquals("person-id", json.get("responsiblePersonId").asText());
        assertEquals(first.cooperatingUnits(), json.get("cooperatingUnits").findValuesAsText("unit"));
        json.get("cooperatingUnits").forEach(unit -> assertFalse(unit.get("task").asText().isBlank(), "配合事项 of " + unit));
        assertTrue(json.get("plannedInvestment").isTextual(), "money as a decimal string");
        assertEquals(new BigDecimal("68000"), new BigDecimal(json.get("plannedInvestment").asText()));
        assertEquals("2025-03-01", json.get("plannedStart").asText());
        Set<String> fields = new HashSet<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("code", "name", "description", "category", "year", "leadUnit", "leadOfficialId", "responsiblePersonId",
                "cooperatingUnits", "township", "plannedInvestment", "annualPlannedInvestment", "plannedStart", "plannedEnd"), fields);
    }

    @Test
    void everyProjectsLeaderIsACountyLeaderAndEveryUnitHasAHeadAndStaff() {
        Set<String> leaders = dataset.people().stream().filter(p -> p.kind().equals("COUNTY_LEADER"))
                .peek(p -> assertEquals(null, p.unit(), p.name() + " is a county leader of no unit"))
                .map(DemoDataset.Person::name).collect(Collectors.toSet());
        dataset.projects().forEach(p -> assertTrue(leaders.contains(p.leadOfficial()), p.code() + " 牵头领导 " + p.leadOfficial()));
        for (DemoDataset.Unit unit : dataset.units()) {
            Map<String, Long> kinds = dataset.people().stream().filter(p -> unit.code().equals(p.unit()))
                    .collect(Collectors.groupingBy(DemoDataset.Person::kind, Collectors.counting()));
            assertEquals(Map.of("UNIT_HEAD", 1L, "STAFF", 2L), kinds, unit.code());
        }
        assertEquals(dataset.people().size(), dataset.people().stream().map(DemoDataset.Person::name).distinct().count(), "names are unique");
        dataset.people().forEach(p -> assertTrue(p.phone().matches("[0-9+() -]+"), p.name() + " phone " + p.phone()));
    }

    @Test
    void movedToAnotherYearEveryDateMovesByWholeYearsAndThirtiethOfJuneStaysWhereItWas() {
        DemoDataset later = dataset.movedTo(2028);
        assertEquals(2028, later.year());
        for (int i = 0; i < dataset.projects().size(); i++) {
            DemoDataset.Project before = dataset.projects().get(i);
            DemoDataset.Project after = later.projects().get(i);
            assertEquals(before.plannedStart().plusYears(2), after.plannedStart(), before.code());
            assertEquals(before.plannedEnd().plusYears(2), after.plannedEnd(), before.code());
            assertEquals(before.plannedStart().isBefore(LocalDate.of(2026, 6, 30)),
                    after.plannedStart().isBefore(LocalDate.of(2028, 6, 30)), before.code() + " started by 30 June in both");
        }
    }
}
