package io.keyprojects.gateway.readcache;

import io.vertx.core.buffer.Buffer;

/**
 * One answer as it went out: its bytes (one buffer, sent to every caller it serves: Vert.x writes a duplicate of it),
 * type and tag, and when the data behind it was read (epoch millis).
 */
record CachedRead(Buffer body, String contentType, String etag, long readAt) {
}
