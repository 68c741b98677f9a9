package io.keyprojects.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Tokens signed RS256 with a bench stack's development key, as the gateway mints them ({@code upn} role or role@unit,
 * {@code groups} [role], {@code unit}): for the benches whose small stack has no gateway.
 */
final class DevTokens {
    static final String ISSUER = "https://keyprojects.county/dev";

    private DevTokens() {
    }

    /** {@code bench token --keys DIR --role R [--unit U] --out FILE}: writes one token, valid for an hour. */
    static void write(Map<String, String> o) throws Exception {
        String token = sign(Path.of(o.get("keys"), "jwt-private.pem"), o.getOrDefault("issuer", ISSUER), o.get("role"), o.get("unit"));
        Files.writeString(Path.of(o.get("out")), token);
    }

    /** A token of {@code role} (of {@code unit}, when not null). */
    static String sign(Path privateKeyPem, String issuer, String role, String unit) throws Exception {
        String pem = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String upn = unit == null ? role : role + "@" + unit;
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"" + issuer + "\",\"upn\":\"" + upn + "\",\"sub\":\"" + upn
                + "\",\"groups\":[\"" + role + "\"]" + (unit == null ? "" : ",\"unit\":\"" + unit + "\"") + ",\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(privateKey);
        rsa.update((header + "." + claims).getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + b64.encodeToString(rsa.sign());
    }
}
