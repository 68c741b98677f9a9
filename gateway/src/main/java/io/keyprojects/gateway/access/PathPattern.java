package io.keyprojects.gateway.access;

import java.util.ArrayList;
import java.util.List;

/** {@code /api/projects/*}{@code /phase}: {@code *} is one path segment, a trailing {@code **} any rest (or none). */
public final class PathPattern {
    private final String text;
    private final String[] segments;

    private PathPattern(String text) {
        this.text = text;
        this.segments = segments(text);
    }

    public static PathPattern of(String text) {
        return new PathPattern(text);
    }

    public boolean matches(String path) {
        return matches(segments(path));
    }

    /** Against a path split once by {@link #segments(String)}: the access table tries many rows per request. */
    public boolean matches(String[] parts) {
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

    /** The non-empty segments of a path, without regular expressions or streams (it runs per request). */
    public static String[] segments(String path) {
        List<String> parts = new ArrayList<>(6);
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                if (i > start) {
                    parts.add(path.substring(start, i));
                }
                start = i + 1;
            }
        }
        return parts.toArray(new String[0]);
    }

    @Override
    public String toString() {
        return text;
    }
}
