package io.keyprojects.issues.issue;

import static io.keyprojects.issues.issue.IssueStatus.ACKNOWLEDGED;
import static io.keyprojects.issues.issue.IssueStatus.CLOSED;
import static io.keyprojects.issues.issue.IssueStatus.ESCALATED;
import static io.keyprojects.issues.issue.IssueStatus.IN_COORDINATION;
import static io.keyprojects.issues.issue.IssueStatus.LEGAL_PROCEDURE;
import static io.keyprojects.issues.issue.IssueStatus.OPEN;
import static io.keyprojects.issues.issue.IssueStatus.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyprojects.platform.problem.ProblemException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workflow machine and who may make which move, move by move, without a framework. */
class IssueStatusTest {
    private static final Actor COMMANDER = new Actor("commander", true, Optional.empty());
    private static final Actor CGZ = new Actor("department@CGZ", false, Optional.of("CGZ"));
    private static final Actor ZJJ = new Actor("department@ZJJ", false, Optional.of("ZJJ"));
    private static final Actor SUPERVISOR = new Actor("supervisor", false, Optional.empty());

    @Test
    void every_move_of_the_workflow_is_exactly_as_designed() {
        Map<IssueStatus, Set<IssueStatus>> expected = Map.of(
                OPEN, EnumSet.of(ACKNOWLEDGED, IN_COORDINATION, ESCALATED, LEGAL_PROCEDURE),
                ACKNOWLEDGED, EnumSet.of(IN_COORDINATION, ESCALATED, LEGAL_PROCEDURE),
                IN_COORDINATION, EnumSet.of(RESOLVED, ESCALATED, LEGAL_PROCEDURE),
                ESCALATED, EnumSet.of(IN_COORDINATION, RESOLVED, LEGAL_PROCEDURE),
                LEGAL_PROCEDURE, EnumSet.of(RESOLVED),
                RESOLVED, EnumSet.of(CLOSED, OPEN),
                CLOSED, EnumSet.noneOf(IssueStatus.class));
        for (IssueStatus from : IssueStatus.values()) {
            for (IssueStatus to : IssueStatus.values()) {
                assertEquals(expected.get(from).contains(to), from.canMoveTo(to), from + " → " + to);
            }
        }
    }

    @Test
    void only_resolved_and_closed_blockers_no_longer_need_work() {
        assertEquals(EnumSet.of(OPEN, ACKNOWLEDGED, IN_COORDINATION, ESCALATED, LEGAL_PROCEDURE), IssueStatus.active());
    }

    @Test
    void the_responsible_department_makes_every_working_move_and_the_commander_every_move() {
        for (IssueStatus from : IssueStatus.values()) {
            for (IssueStatus to : from.allowedMoves()) {
                String resolution = to == RESOLVED ? "已解决" : null;
                assertDoesNotThrow(() -> IssueAuthority.checkMove(from, to, "CGZ", COMMANDER, resolution), from + " → " + to);
                if (to.onlyCommanderMovesHere()) {
                    assertEquals(403, status(() -> IssueAuthority.checkMove(from, to, "CGZ", CGZ, resolution)), from + " → " + to);
                } else {
                    assertDoesNotThrow(() -> IssueAuthority.checkMove(from, to, "CGZ", CGZ, resolution), from + " → " + to);
                }
            }
        }
    }

    @Test
    void only_the_commander_escalates_moves_to_legal_procedure_and_closes() {
        assertEquals(EnumSet.of(ESCALATED, LEGAL_PROCEDURE, CLOSED),
                EnumSet.copyOf(java.util.Arrays.stream(IssueStatus.values()).filter(IssueStatus::onlyCommanderMovesHere).toList()));
    }

    @Test
    void another_units_department_and_read_only_roles_cannot_move_a_blocker() {
        assertEquals(403, status(() -> IssueAuthority.checkMove(OPEN, ACKNOWLEDGED, "CGZ", ZJJ, null)));
        assertEquals(403, status(() -> IssueAuthority.checkMove(OPEN, ACKNOWLEDGED, "CGZ", SUPERVISOR, null)));
        assertEquals(403, status(() -> IssueAuthority.checkMove(OPEN, ACKNOWLEDGED, "CGZ", Actor.SYSTEM, null)));
    }

    @Test
    void an_illegal_move_is_a_conflict_naming_the_allowed_moves() {
        var e = assertThrows(ProblemException.class, () -> IssueAuthority.checkMove(OPEN, RESOLVED, "CGZ", CGZ, "x"));
        assertEquals(409, e.problem().status());
        assertEquals(OPEN.allowedMoves(), e.problem().extensions().get("allowedMoves"));
    }

    @Test
    void resolving_needs_a_resolution_text() {
        var e = assertThrows(ProblemException.class, () -> IssueAuthority.checkMove(IN_COORDINATION, RESOLVED, "CGZ", CGZ, " "));
        assertEquals(400, e.problem().status());
        assertEquals(Set.of("resolution"), e.problem().errors().keySet());
    }

    private static int status(Runnable check) {
        return assertThrows(ProblemException.class, check::run).problem().status();
    }
}
