package io.keyprojects.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.testing.TestSigningKeys;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The gateway remembers verified tokens by their text (it spares the signature check on every request): what it
 * remembers must never let through a token that a first verification would refuse.
 */
class TokenVerifierTest {
    private final AtomicLong now = new AtomicLong(Instant.now().getEpochSecond());
    private final TokenVerifier verifier = new TokenVerifier(new DefaultJWTParser(
            new JWTAuthContextInfo(publicKeyOf(TestSigningKeys.privateKey()), TestSigningKeys.ISSUER)), now::get);

    @Test
    void a_valid_token_is_accepted_again_and_again_with_its_caller() {
        String token = token(TestSigningKeys.privateKey(), now.get() + 600);
        for (int i = 0; i < 3; i++) {
            CallerToken caller = verifier.verify("Bearer " + token).orElseThrow();
            assertEquals("department@U01", caller.subject());
            assertEquals(Set.of("department"), caller.roles());
            assertEquals("U01", caller.unit());
        }
    }

    @Test
    void a_token_accepted_before_is_refused_once_it_has_expired() {
        long expiry = now.get() + 600;
        String token = token(TestSigningKeys.privateKey(), expiry);
        assertTrue(verifier.verify("Bearer " + token).isPresent());

        now.set(expiry);
        assertTrue(verifier.verify("Bearer " + token).isEmpty(), "refused at its expiry, though remembered");
        now.set(expiry + 3600);
        assertTrue(verifier.verify("Bearer " + token).isEmpty(), "and ever after");
    }

    @Test
    void a_token_signed_by_an_unknown_key_is_refused_also_after_a_valid_one_of_the_same_caller() throws Exception {
        assertTrue(verifier.verify("Bearer " + token(TestSigningKeys.privateKey(), now.get() + 600)).isPresent());
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = token(generator.generateKeyPair().getPrivate(), now.get() + 600);

        assertTrue(verifier.verify("Bearer " + forged).isEmpty());
        assertTrue(verifier.verify("Bearer " + forged).isEmpty(), "a refusal is not remembered as an acceptance");
    }

    @Test
    void a_token_expired_when_first_seen_is_refused() {
        long past = Instant.now().getEpochSecond() - 3600;
        assertTrue(verifier.verify("Bearer " + token(TestSigningKeys.privateKey(), past)).isEmpty());
    }

    @Test
    void anything_but_a_bearer_token_is_refused() {
        assertTrue(verifier.verify(null).isEmpty());
        assertTrue(verifier.verify("Basic dXNlcjpwYXNz").isEmpty());
        assertTrue(verifier.verify("Bearer ").isEmpty());
        assertTrue(verifier.verify("Bearer not.a.token").isEmpty());
    }

    private static String token(PrivateKey key, long expiresAt) {
        return Jwt.issuer(TestSigningKeys.ISSUER).upn("department@U01").groups(Set.of("department")).claim("unit", "U01")
                .issuedAt(expiresAt - 3600).expiresAt(expiresAt).sign(key);
    }

    private static PublicKey publicKeyOf(PrivateKey key) {
        try {
            var rsa = (RSAPrivateCrtKey) key;
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
