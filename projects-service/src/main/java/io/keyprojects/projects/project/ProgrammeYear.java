package io.keyprojects.projects.project;

import io.keyprojects.platform.problem.ProblemException;
import java.util.Map;

/** A programme year named in a path ({@code /api/programme/{year}/…}, {@code /targets/{year}}): 2000 to 2100, else a 400 problem naming it. */
public final class ProgrammeYear {
    private ProgrammeYear() {
    }

    public static int parse(String year) {
        if (year == null || !year.matches("[0-9]{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100) {
            throw ProblemException.badRequest("the year is 2000 to 2100, e.g. 2026", Map.of("year", "a year between 2000 and 2100"));
        }
        return Integer.parseInt(year);
    }
}
