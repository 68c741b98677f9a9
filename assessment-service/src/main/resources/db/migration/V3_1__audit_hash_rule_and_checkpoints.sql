-- The audit trail as a transparency log.
-- Each entry records the rule its hash was computed by: entries written before the canonical-JSON rule (2)
-- keep rule 1 (fields joined by newlines) and go on verifying under it. No default afterwards: every new
-- entry states its rule.
ALTER TABLE audit_entry ADD COLUMN hash_rule SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE audit_entry ALTER COLUMN hash_rule DROP DEFAULT;

-- Signed checkpoints of the entries' Merkle tree (RFC 9162). Only the signatures are here: the key that makes
-- them is configuration, so whoever can write this database cannot sign a rewritten history.
-- issued_at is kept as the text that was signed.
CREATE TABLE audit_checkpoint (
    tree_size BIGINT PRIMARY KEY,
    origin    TEXT NOT NULL,
    root_hash TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    key_id    TEXT NOT NULL,
    signature TEXT NOT NULL
);
