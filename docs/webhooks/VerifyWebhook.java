import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a Standard Webhooks 1.0 delivery of the Key Projects Platform with nothing but the JDK.
 * Run: java VerifyWebhook.java <secret> <webhook-id> <webhook-timestamp> <webhook-signature> <body-file>
 */
public class VerifyWebhook {
    static final long TOLERANCE_SECONDS = 5 * 60;

    static boolean verify(String secret, String id, String timestamp, String signatureHeader, byte[] body, Instant now)
            throws Exception {
        // 1. refuse stale or future timestamps (replays)
        long sent = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - sent) > TOLERANCE_SECONDS) {
            return false;
        }
        // 2. the key is the base64 part of whsec_…, decoded
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        // 3. sign "<id>.<timestamp>.<raw body>" exactly as received (do not re-serialise the JSON)
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = mac.doFinal(body);
        // 4. the header holds one or more space-separated "v1,<base64>"; any match is enough (secret rotation)
        for (String candidate : signatureHeader.split(" ")) {
            if (candidate.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        byte[] body = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[4]));
        boolean valid = verify(args[0], args[1], args[2], args[3], body, Instant.now());
        System.out.println(valid ? "valid" : "invalid");
        System.exit(valid ? 0 : 1);
    }
}
