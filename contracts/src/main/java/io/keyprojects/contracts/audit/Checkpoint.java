package io.keyprojects.contracts.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * A signed statement of the audit log's state: "the log {@code origin} had {@code treeSize} entries with
 * Merkle root {@code rootHash} (hex) at {@code issuedAt}". Signed with Ed25519 over the RFC 8785 canonical
 * JSON of those fields and {@code keyId}; {@code signature} is Base64. Whoever keeps one can later prove
 * that the log still contains exactly that history.
 */
public record Checkpoint(String origin, long treeSize, String rootHash, String issuedAt, String keyId, String signature) {

    public static Checkpoint sign(String origin, long treeSize, String rootHash, String issuedAt, PrivateKey key, String keyId) {
        Checkpoint unsigned = new Checkpoint(origin, treeSize, rootHash, issuedAt, keyId, null);
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(unsigned.signedBytes());
            return new Checkpoint(origin, treeSize, rootHash, issuedAt, keyId, Base64.getEncoder().encodeToString(ed25519.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint with this key: " + e.getMessage(), e);
        }
    }

    /** True when the signature is this key's over these fields. */
    public boolean signedBy(PublicKey key) {
        if (signature == null) {
            return false;
        }
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(signedBytes());
            return ed25519.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** What the signature covers. */
    public byte[] signedBytes() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("origin", origin);
        o.put("treeSize", treeSize);
        o.put("rootHash", rootHash);
        o.put("issuedAt", issuedAt);
        o.put("keyId", keyId);
        return JsonCanonicalization.utf8(o);
    }
}
