package io.keyprojects.platform.paging;

import io.keyprojects.platform.problem.ProblemException;
import java.util.Map;

/** {@code page} (from 0) and {@code size} (1..{@value #MAX_SIZE}) of a list request, checked. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.badRequest("page must be 0 or more", Map.of("page", "must be >= 0"));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.badRequest("size must be between 1 and " + MAX_SIZE,
                    Map.of("size", "must be between 1 and " + MAX_SIZE));
        }
        return new PageRequest(p, s);
    }
}
