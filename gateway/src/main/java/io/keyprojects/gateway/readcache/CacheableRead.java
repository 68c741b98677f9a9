package io.keyprojects.gateway.readcache;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the gateway's own reads may be kept, and under which key. The public site (pages, feeds, bulletins) is the
 * same for everyone, so one entry serves every caller; the dashboard depends on the caller's roles and unit (a department
 * sees its own unit), so its key carries them and one caller's view is never shown to another with different rights.
 * The key also carries the address the request was sent to, because the feeds' links are written on it.
 */
record CacheableRead(String key, boolean shared) {

    static final String DASHBOARD = "/api/dashboard";

    static boolean isPublic(String path) {
        return path.startsWith("/public/");
    }

    /** The key of a public read: origin, path and query. */
    static CacheableRead publicRead(String origin, String uri) {
        return new CacheableRead(origin + " " + uri, true);
    }

    /** The key of a dashboard read for a caller with these roles and unit. */
    static CacheableRead dashboard(String origin, String uri, Set<String> roles, String unit) {
        return new CacheableRead(origin + " " + uri + " roles=" + String.join(",", new TreeSet<>(roles))
                + " unit=" + (unit == null ? "" : unit), false);
    }
}
