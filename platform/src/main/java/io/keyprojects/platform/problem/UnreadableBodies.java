package io.keyprojects.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/** Reads the body of a {@link BodyAfterAuthorisation} method; what Jackson refuses is kept for later, not answered now. */
@Provider
@BodyAfterAuthorisation
public class UnreadableBodies implements ReaderInterceptor {
    private final UnreadableBody unreadable;

    UnreadableBodies(UnreadableBody unreadable) {
        this.unreadable = unreadable;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (JsonProcessingException e) {
            unreadable.keep(e);
        } catch (WebApplicationException e) {
            if (!(e.getCause() instanceof JsonProcessingException json)) {
                throw e;
            }
            unreadable.keep(json);
        }
        return null;
    }
}
