package io.keyprojects.platform.http;

import io.keyprojects.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one optimistic-locking policy of every update: {@code If-Match} is required (428 when missing),
 * names the ETag(s) the client read — our ETags are the entity's version, {@code "3"} — or {@code *}
 * ("whatever is there", RFC 9110 §13.1.1); a version that is no longer current is 412 and nothing changes.
 */
public final class IfMatch {
    public static final String HEADER = "If-Match";
    public static final String DESCRIPTION = "the ETag you read (e.g. \"3\"), or * to update whatever version is current;"
            + " required: 428 when missing, 412 when the resource changed since";

    /** The header as sent; read only at {@link #requireCurrent}, after the caller's right is known. */
    private final String header;
    private final boolean required;

    private IfMatch(String header, boolean required) {
        this.header = header == null || header.isBlank() ? null : header.trim();
        this.required = required;
    }

    /**
     * The header of an update. Judged only by {@link #requireCurrent}, once the entity is loaded and the
     * caller's right to it checked: a caller without that right gets 403, not a 428 or 400 about a header.
     */
    public static IfMatch required(String header) {
        return new IfMatch(header, true);
    }

    /**
     * The header of a command on a state machine (a blocker's transition): optional, since the machine
     * itself refuses a move that no longer applies; when sent it is checked like an update's.
     */
    public static IfMatch optional(String header) {
        return new IfMatch(header, false);
    }

    /** Exactly this version, for callers inside a service that already hold it. */
    public static IfMatch version(long version) {
        return new IfMatch("\"" + version + "\"", true);
    }

    /**
     * 428 when a required header is missing, 400 when it names no version of ours, 412 (with
     * {@code currentVersion}) unless the entity is still at a version the client named or the header is {@code *}.
     */
    public void requireCurrent(long actual, String what) {
        if (header == null) {
            if (required) {
                throw ProblemException.preconditionRequired();
            }
            return;
        }
        if (header.equals("*")) {
            return;
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : header.split(",")) {
            versions.add(versionOf(tag.trim()));
        }
        if (!versions.contains(actual)) {
            throw ProblemException.preconditionFailed(what + " is at version " + actual + ", not " + versions.get(0)
                    + ": it was changed since you read it; read it again and retry").with("currentVersion", actual);
        }
    }

    /** {@code "3"}; a weak {@code W/"3"} names the same version (our ETags are never weak, a proxy may weaken them). */
    private static long versionOf(String tag) {
        String text = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        try {
            long version = Long.parseLong(text);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("If-Match must be the ETag you read, e.g. \"3\", or *",
                Map.of(HEADER, "the ETag of the resource as you read it, or *"));
    }

    @Override
    public String toString() {
        return header == null ? "(none)" : header;
    }
}
