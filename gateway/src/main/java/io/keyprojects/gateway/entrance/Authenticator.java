package io.keyprojects.gateway.entrance;

import io.keyprojects.gateway.apikey.ApiKeys;
import io.keyprojects.gateway.auth.Client;
import io.keyprojects.gateway.auth.TokenVerifier;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Bearer token or {@code X-Api-Key}: either establishes the {@link Client}; neither valid means 401. */
@ApplicationScoped
public class Authenticator {
    public static final String API_KEY_HEADER = "X-Api-Key";

    private final TokenVerifier tokens;
    private final ApiKeys apiKeys;

    Authenticator(TokenVerifier tokens, ApiKeys apiKeys) {
        this.tokens = tokens;
        this.apiKeys = apiKeys;
    }

    public Optional<Client> authenticate(HttpServerRequest request) {
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (apiKey != null) {
            // a key is checked on every request (a hash and a map lookup), so revocation bites at once
            return apiKeys.authenticate(apiKey);
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return tokens.verify(authorization)
                .map(token -> new Client("token:" + token.subject(), token.roles(), token.unit(), authorization));
    }
}
