package io.keyprojects.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.RequestScoped;

/** The reason this request's body could not be read, kept until the caller's right is known. */
@RequestScoped
public class UnreadableBody {
    private JsonProcessingException reason;

    void keep(JsonProcessingException reason) {
        this.reason = reason;
    }

    /** Throws the 400 problem the body would have had when it was read, if it could not be. */
    void answer() {
        if (reason != null) {
            throw new ProblemException(ProblemResponses.unreadable(reason));
        }
    }
}
