package io.keyprojects.gateway.routing;

import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A gateway endpoint whose only source is a failing service answers 503 as a problem, like the proxy does. */
public class UpstreamFailures {

    @ServerExceptionMapper
    public Response unavailable(UpstreamCalls.Failed e, UriInfo uri) {
        return ProblemResponses.respond(Problem.of(503, "upstream-unavailable", "Service unavailable", e.getMessage()), uri);
    }
}
