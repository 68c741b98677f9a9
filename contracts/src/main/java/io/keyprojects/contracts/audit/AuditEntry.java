package io.keyprojects.contracts.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;

/**
 * One entry of the assessment service's audit trail (审计留痕) as it is hashed and served. {@code at} is
 * the instant as ISO-8601 text (to the microsecond, as stored), {@code details} the entry's JSON details
 * as stored text, {@code hashRule} the rule its {@code hash} was computed by.
 */
public record AuditEntry(long seq, String at, String actor, String action, String subject, String details,
                         String previousHash, String hash, int hashRule) {

    /** The hash this entry should carry under its own rule. */
    public String expectedHash() {
        return HashRule.of(hashRule).hash(this);
    }

    /**
     * The entry as the Merkle tree's leaf data: RFC 8785 canonical JSON of every field, its hash and rule
     * included, so the tree commits to exactly what is stored whatever rule the entry was written under.
     */
    public byte[] leafData() {
        return JsonCanonicalization.utf8(content().put("hash", hash));
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(leafData());
    }

    public String leafHashHex() {
        return HexFormat.of().formatHex(leafHash());
    }

    /** Every field but the hash itself, as a JSON object. */
    ObjectNode content() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("seq", seq);
        o.put("at", at);
        o.put("actor", actor);
        o.put("action", action);
        o.put("subject", subject);
        o.put("details", details);
        o.put("previousHash", previousHash);
        o.put("hashRule", hashRule);
        return o;
    }
}
