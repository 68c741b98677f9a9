package io.keyprojects.platform.inbox;

import io.keyprojects.contracts.MalformedEventException;

/** An event a consumer does not take: from a service that does not own the topic, or of a type it does not know. */
public class RefusedEventException extends MalformedEventException {
    public RefusedEventException(String reason) {
        super(reason);
    }
}
