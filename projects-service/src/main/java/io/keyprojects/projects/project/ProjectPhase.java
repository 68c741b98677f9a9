package io.keyprojects.projects.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * The project's phase and its allowed moves: 前期 → 在建 → 完工; 停工 and 取消 from any open phase;
 * a suspended project resumes construction. COMPLETED and CANCELLED are final. Who may make a move:
 * the lead department (责任单位) only the two steps forward; suspending, resuming and cancelling a project
 * the people's congress approved are the commander's (指挥部).
 */
public enum ProjectPhase {
    PREPARATION, UNDER_CONSTRUCTION, COMPLETED, SUSPENDED, CANCELLED;

    public Set<ProjectPhase> allowedMoves() {
        return switch (this) {
            case PREPARATION -> EnumSet.of(UNDER_CONSTRUCTION, SUSPENDED, CANCELLED);
            case UNDER_CONSTRUCTION -> EnumSet.of(COMPLETED, SUSPENDED, CANCELLED);
            case SUSPENDED -> EnumSet.of(UNDER_CONSTRUCTION, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ProjectPhase.class);
        };
    }

    public boolean canMoveTo(ProjectPhase next) {
        return allowedMoves().contains(next);
    }

    /** A move the lead department may make itself: 前期 → 在建, 在建 → 完工. */
    public boolean isDepartmentMove(ProjectPhase next) {
        return (this == PREPARATION && next == UNDER_CONSTRUCTION) || (this == UNDER_CONSTRUCTION && next == COMPLETED);
    }

    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }
}
