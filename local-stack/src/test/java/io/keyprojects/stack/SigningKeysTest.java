package io.keyprojects.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningKeysTest {

    @Test
    void generatedKeysSignAndVerifyRs256(@TempDir Path folder) throws Exception {
        assertTrue(SigningKeys.ensure(folder));
        String privatePem = Files.readString(folder.resolve(SigningKeys.PRIVATE_KEY), StandardCharsets.US_ASCII);
        String publicPem = Files.readString(folder.resolve(SigningKeys.PUBLIC_KEY), StandardCharsets.US_ASCII);
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"), "PKCS#8 PEM");
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"), "X.509 SubjectPublicKeyInfo PEM");
        assertTrue(privatePem.lines().allMatch(line -> line.length() <= 64), "PEM lines of 64 characters");

        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(SigningKeys.der(privatePem)));
        PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(SigningKeys.der(publicPem)));
        assertEquals(2048, ((RSAPublicKey) publicKey).getModulus().bitLength());

        byte[] token = "header.payload".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(token);
        byte[] signature = signer.sign();

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(token);
        assertTrue(verifier.verify(signature));
        verifier.initVerify(publicKey);
        verifier.update("header.tampered".getBytes(StandardCharsets.US_ASCII));
        assertFalse(verifier.verify(signature));
    }

    @Test
    void generatedAuditKeysSignAndVerifyEd25519(@TempDir Path folder) throws Exception {
        assertTrue(SigningKeys.ensureAudit(folder));
        KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = ed25519.generatePrivate(new PKCS8EncodedKeySpec(SigningKeys.der(
                Files.readString(folder.resolve(SigningKeys.AUDIT_PRIVATE_KEY), StandardCharsets.US_ASCII))));
        PublicKey publicKey = ed25519.generatePublic(new X509EncodedKeySpec(SigningKeys.der(
                Files.readString(folder.resolve(SigningKeys.AUDIT_PUBLIC_KEY), StandardCharsets.US_ASCII))));
        byte[] checkpoint = "{\"treeSize\":1}".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(checkpoint);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(checkpoint);
        assertTrue(verifier.verify(signature));
        assertFalse(SigningKeys.ensureAudit(folder), "kept once generated");
    }

    @Test
    void existingKeysAreKept(@TempDir Path folder) throws Exception {
        assertTrue(SigningKeys.ensure(folder));
        String before = Files.readString(folder.resolve(SigningKeys.PRIVATE_KEY));
        assertFalse(SigningKeys.ensure(folder));
        assertEquals(before, Files.readString(folder.resolve(SigningKeys.PRIVATE_KEY)));
    }
}
