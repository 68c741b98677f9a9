package io.keyprojects.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;

/** One RS256 key pair per test JVM, written as PEM files the services read like production keys. */
public final class TestSigningKeys {
    public static final String ISSUER = "https://keyprojects.county/test";
    private static KeyPair keys;
    private static Path publicKeyFile;
    private static Path privateKeyFile;

    private TestSigningKeys() {
    }

    public static synchronized Path publicKeyFile() {
        ensure();
        return publicKeyFile;
    }

    public static synchronized Path privateKeyFile() {
        ensure();
        return privateKeyFile;
    }

    public static synchronized PrivateKey privateKey() {
        ensure();
        return keys.getPrivate();
    }

    private static void ensure() {
        if (keys != null) {
            return;
        }
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "test-keys"));
            publicKeyFile = write(dir.resolve("jwt-public.pem"), "PUBLIC KEY", keys.getPublic().getEncoded());
            privateKeyFile = write(dir.resolve("jwt-private.pem"), "PRIVATE KEY", keys.getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String label, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n");
    }
}
