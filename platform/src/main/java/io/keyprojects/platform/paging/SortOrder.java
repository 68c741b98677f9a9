package io.keyprojects.platform.paging;

import io.keyprojects.platform.problem.ProblemException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code sort} query parameter of every list: a field name, {@code -} in front for descending
 * ({@code name}, {@code -plannedEnd}). Only the fields a list names are accepted, so a client can neither
 * sort by what is not shown nor inject query text; anything else is a 400 naming the allowed fields.
 */
public record SortOrder(String field, boolean descending) {
    public static final String DESCRIPTION = "a field to sort by, '-' in front for descending";

    public static SortOrder ascending(String field) {
        return new SortOrder(field, false);
    }

    public static SortOrder descending(String field) {
        return new SortOrder(field, true);
    }

    public static SortOrder parse(String sort, Set<String> sortable, SortOrder fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        String text = sort.trim();
        boolean descending = text.startsWith("-");
        String field = descending ? text.substring(1) : text;
        if (!sortable.contains(field)) {
            throw ProblemException.badRequest("cannot sort by " + field,
                    Map.of("sort", "one of " + new TreeSet<>(sortable) + ", '-' in front for descending"));
        }
        return new SortOrder(field, descending);
    }
}
