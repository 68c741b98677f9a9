package io.keyprojects.gateway.auth;

import io.keyprojects.gateway.settings.GatewaySettings;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.smallrye.jwt.build.Jwt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /auth/token}: lets people try the system without an identity provider. It exists only
 * when {@code kp.gateway.dev-tokens} is on (make up turns it on); in production it answers 404.
 */
@Path("/auth/token")
@Tag(name = "Development", description = "development profile only")
public class DevelopmentTokenResource {
    private final GatewaySettings settings;

    DevelopmentTokenResource(GatewaySettings settings) {
        this.settings = settings;
    }

    public record TokenResponse(String token) {
    }

    @POST
    @Operation(operationId = "mintDevelopmentToken", summary = "Mint a token for a role and unit (development only)")
    @APIResponse(responseCode = "200", description = "a signed RS256 token to send as a bearer token")
    @APIResponse(responseCode = "400", description = "unknown role, or a department without its unit", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "development tokens are off (production)", content = @Content(mediaType = "application/problem+json"))
    public TokenResponse mint(@Valid @NotNull TokenRequest request) {
        if (!settings.devTokens()) {
            throw new ProblemException(Problem.of(404, "not-found", "Not found", "no such resource"));
        }
        if ("department".equals(request.role()) && request.unit() == null) {
            throw ProblemException.badRequest("a department token needs its unit", Map.of("unit", "required for department"));
        }
        var claims = Jwt.upn(request.unit() == null ? request.role() : request.role() + "@" + request.unit())
                .groups(Set.of(request.role()));
        if (request.unit() != null) {
            claims.claim("unit", request.unit());
        }
        return new TokenResponse(claims.sign());
    }
}
