package io.keyprojects.projects.project;

import io.keyprojects.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import java.util.Map;

/**
 * ETag = the entity's version ("3"); If-Match must name the version the client read (optimistic locking), or be
 * {@code *}: "whatever the current version is" (RFC 9110), for a change that does not depend on what was there.
 */
public final class EntityVersions {
    /** What {@code If-Match: *} expects: any current version. */
    public static final long ANY = -1;

    private EntityVersions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by {@code If-Match} ({@link #ANY} for {@code *}); 428 when it is missing, 400 when it is not a version of ours. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return ANY;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version < 0) { // versions start at 0; a negative one must not read as ANY
                throw new NumberFormatException("negative");
            }
            return version;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match must be the ETag you read, e.g. \"3\"",
                    Map.of("If-Match", "the ETag of the resource as you read it"));
        }
    }

    /** 412 unless the entity is still at the version the client read (or the client said {@code *}). */
    public static void requireCurrent(long expected, long actual, String what) {
        if (expected != ANY && expected != actual) {
            throw ProblemException.preconditionFailed(what + " is at version " + actual + ", not " + expected
                    + ": it was changed since you read it; read it again and retry").with("currentVersion", actual);
        }
    }
}
