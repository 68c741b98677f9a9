package io.keyprojects.projects.preliminary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 倒排: the planned date of each preliminary step, worked back from the planned start. The last step must be
 * done by the planned start (开工); each earlier step by the day the step after it has to begin, that is the
 * planned start minus the durations of all the steps after it. Pure logic, no framework.
 */
public final class WorkedBack {
    private WorkedBack() {
    }

    /** {@code durations} in the order the steps are done; the answer is in the same order. */
    public static List<LocalDate> plannedDates(LocalDate plannedStart, List<Integer> durations) {
        List<LocalDate> dates = new ArrayList<>(durations.size());
        LocalDate due = plannedStart;
        for (int i = durations.size() - 1; i >= 0; i--) {
            dates.add(due);
            due = due.minusDays(durations.get(i));
        }
        Collections.reverse(dates);
        return dates;
    }

    /** The day the first step has to begin for the last to be done by the planned start. */
    public static LocalDate firstStepBegins(LocalDate plannedStart, List<Integer> durations) {
        return plannedStart.minusDays(durations.stream().mapToLong(Integer::longValue).sum());
    }
}
