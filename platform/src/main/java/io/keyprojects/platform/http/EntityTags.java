package io.keyprojects.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** A resource's ETag is its version, strong and quoted: {@code "3"}; what a client sends back in If-Match. */
public final class EntityTags {
    public static final String DESCRIPTION = "the resource's version: send it in If-Match to update it, in If-None-Match to read it again cheaply";

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the view and its ETag; a read whose If-None-Match names it becomes 304 in {@link NotModified}. */
    public static Response ok(Object view, long version) {
        return Response.ok(view).tag(of(version)).build();
    }
}
