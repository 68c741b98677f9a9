package io.keyprojects.gateway.access;

import java.util.Arrays;

/** {@code /api/projects/*}{@code /phase}: {@code *} is one path segment, a trailing {@code **} any rest (or none). */
public final class PathPattern {
    private final String text;
    private final String[] segments;

    private PathPattern(String text) {
        this.text = text;
        this.segments = split(text);
    }

    public static PathPattern of(String text) {
        return new PathPattern(text);
    }

    public boolean matches(String path) {
        String[] parts = split(path);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals("**")) {
                return true;
            }
            if (i >= parts.length || !(segments[i].equals("*") || segments[i].equals(parts[i]))) {
                return false;
            }
        }
        return parts.length == segments.length;
    }

    private static String[] split(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    @Override
    public String toString() {
        return text;
    }
}
