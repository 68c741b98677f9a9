package io.keyprojects.contracts;

/** A record that cannot be understood as an event of the platform: it belongs in the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
