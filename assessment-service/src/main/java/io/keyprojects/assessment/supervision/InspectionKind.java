package io.keyprojects.assessment.supervision;

/** Who inspected: the supervision bureau (督查) or the unit itself, of its own project (自查). */
public enum InspectionKind {
    SUPERVISION, SELF
}
