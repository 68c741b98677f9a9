package io.keyprojects.projects.baseline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which plan an indicator is judged against: the approved baseline (基线, the default, so a re-plan cannot hide a
 * delay) or the plan as it now stands. Lower-case because it is written so on the wire ({@code ?against=current}).
 */
@Schema(name = "PlanBasis", description = "baseline: the plan as approved (a project without a baseline yet is judged on its current plan "
        + "and says so); current: the plan as it now stands")
public enum Against {
    baseline, current;

    public static Against orDefault(Against asked) {
        return asked == null ? baseline : asked;
    }
}
