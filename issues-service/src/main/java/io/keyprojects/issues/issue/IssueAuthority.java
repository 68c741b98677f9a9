package io.keyprojects.issues.issue;

import io.keyprojects.platform.problem.ProblemException;
import java.util.Map;

/**
 * Who may move a blocker, and whether the move is legal (pure rules, no framework). The responsible unit's
 * department works its blockers (acknowledge, coordinate, resolve, reopen); the commander (指挥部) may do that
 * too and alone escalates, hands over to legal procedure and closes; every other role only reads.
 */
public final class IssueAuthority {
    private IssueAuthority() {
    }

    /** Throws 403 unless the actor may work blockers of {@code responsibleUnit} at all (the commander, or its department). */
    public static void checkWorker(String responsibleUnit, Actor actor) {
        if (!actor.commander() && !actor.isDepartmentOf(responsibleUnit)) {
            throw ProblemException.forbidden("only the commander or a department of the responsible unit "
                    + responsibleUnit + " may move this blocker");
        }
    }

    /** Throws the problem the move deserves (403, 409 naming the allowed moves, 400), or returns quietly. */
    public static void checkMove(IssueStatus from, IssueStatus to, String responsibleUnit, Actor actor, String resolution) {
        checkWorker(responsibleUnit, actor);
        if (!from.canMoveTo(to)) {
            throw ProblemException.conflict("illegal-transition", "Illegal transition",
                    "a blocker in " + from + " cannot move to " + to).with("allowedMoves", from.allowedMoves());
        }
        if (to.onlyCommanderMovesHere() && !actor.commander()) {
            throw ProblemException.forbidden("only the commander (指挥部) may move a blocker to " + to);
        }
        if (to == IssueStatus.RESOLVED && (resolution == null || resolution.isBlank())) {
            throw ProblemException.badRequest("resolving a blocker needs the resolution text",
                    Map.of("resolution", "required when moving to RESOLVED"));
        }
    }
}
