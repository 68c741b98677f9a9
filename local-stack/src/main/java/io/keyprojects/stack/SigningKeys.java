package io.keyprojects.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The keys of the local stack in {@code .run/keys}, generated once, never committed: the RS256 pair the
 * gateway signs development tokens with and every service verifies them with ({@code jwt-private.pem},
 * PKCS#8, and {@code jwt-public.pem}, X.509 SubjectPublicKeyInfo), and the Ed25519 pair assessment-service
 * signs its audit log's checkpoints with ({@code audit-private.pem}, {@code audit-public.pem}: the public
 * one is what auditors verify checkpoints with).
 */
public final class SigningKeys {

    static final String PRIVATE_KEY = "jwt-private.pem";
    static final String PUBLIC_KEY = "jwt-public.pem";
    static final String AUDIT_PRIVATE_KEY = "audit-private.pem";
    static final String AUDIT_PUBLIC_KEY = "audit-public.pem";

    private SigningKeys() {
    }

    /** Optional argument: the folder (default {@code .run/keys}). */
    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]).toAbsolutePath() : RunDirectory.resolve("keys");
        if (ensure(folder)) {
            System.out.println("generated RSA-2048 signing keys in " + folder);
        } else {
            System.out.println("signing keys already present in " + folder);
        }
        if (ensureAudit(folder)) {
            System.out.println("generated the Ed25519 audit checkpoint keys in " + folder);
        }
    }

    /** Generates both JWT files unless both exist; true when it generated them. */
    static boolean ensure(Path folder) throws IOException, GeneralSecurityException {
        Path privateKey = folder.resolve(PRIVATE_KEY);
        Path publicKey = folder.resolve(PUBLIC_KEY);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return false;
        }
        Files.createDirectories(folder);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return writePair(generator.generateKeyPair(), privateKey, publicKey);
    }

    /** Generates both audit checkpoint files unless both exist; true when it generated them. */
    static boolean ensureAudit(Path folder) throws IOException, GeneralSecurityException {
        Path privateKey = folder.resolve(AUDIT_PRIVATE_KEY);
        Path publicKey = folder.resolve(AUDIT_PUBLIC_KEY);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return false;
        }
        Files.createDirectories(folder);
        return writePair(KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), privateKey, publicKey);
    }

    private static boolean writePair(KeyPair pair, Path privateKey, Path publicKey) throws IOException {
        // World-readable on purpose: development keys that the containers (uid 185) in docker-compose
        // read from the mounted folder; /auth/token mints tokens on request anyway.
        write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        write(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return true;
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    static byte[] der(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static void write(Path file, String content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's defaults apply
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
