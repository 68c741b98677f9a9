package io.keyprojects.projects.project;

import static io.keyprojects.projects.project.ProjectPhase.CANCELLED;
import static io.keyprojects.projects.project.ProjectPhase.COMPLETED;
import static io.keyprojects.projects.project.ProjectPhase.PREPARATION;
import static io.keyprojects.projects.project.ProjectPhase.SUSPENDED;
import static io.keyprojects.projects.project.ProjectPhase.UNDER_CONSTRUCTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectPhaseTest {

    @Test
    void every_move_of_the_phase_machine_is_exactly_as_designed() {
        Map<ProjectPhase, Set<ProjectPhase>> expected = Map.of(
                PREPARATION, EnumSet.of(UNDER_CONSTRUCTION, SUSPENDED, CANCELLED),
                UNDER_CONSTRUCTION, EnumSet.of(COMPLETED, SUSPENDED, CANCELLED),
                SUSPENDED, EnumSet.of(UNDER_CONSTRUCTION, CANCELLED),
                COMPLETED, EnumSet.noneOf(ProjectPhase.class),
                CANCELLED, EnumSet.noneOf(ProjectPhase.class));
        for (ProjectPhase from : ProjectPhase.values()) {
            for (ProjectPhase to : ProjectPhase.values()) {
                assertEquals(expected.get(from).contains(to), from.canMoveTo(to), from + " → " + to);
            }
        }
    }

    @Test
    void the_lead_department_moves_only_forward_from_preparation_to_construction_to_completion() {
        Set<String> departmentMoves = Set.of("PREPARATION→UNDER_CONSTRUCTION", "UNDER_CONSTRUCTION→COMPLETED");
        for (ProjectPhase from : ProjectPhase.values()) {
            for (ProjectPhase to : ProjectPhase.values()) {
                assertEquals(departmentMoves.contains(from + "→" + to), from.isDepartmentMove(to), from + " → " + to);
            }
        }
    }

    @Test
    void starting_construction_records_the_actual_start_once() {
        Project p = new Project();
        p.moveTo(UNDER_CONSTRUCTION, LocalDate.parse("2026-03-02"));
        p.moveTo(SUSPENDED, LocalDate.parse("2026-05-01"));
        p.moveTo(UNDER_CONSTRUCTION, LocalDate.parse("2026-06-01"));
        assertEquals(LocalDate.parse("2026-03-02"), p.actualStart);
    }

    @Test
    void completion_records_the_actual_end_and_full_progress() {
        Project p = new Project();
        p.moveTo(UNDER_CONSTRUCTION, LocalDate.parse("2026-03-02"));
        p.moveTo(COMPLETED, LocalDate.parse("2026-11-20"));
        assertEquals(LocalDate.parse("2026-11-20"), p.actualEnd);
        assertEquals(0, BigDecimal.valueOf(100).compareTo(p.progressPercent));
    }
}
