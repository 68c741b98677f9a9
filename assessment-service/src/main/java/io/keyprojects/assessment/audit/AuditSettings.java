package io.keyprojects.assessment.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** {@code kp.audit.*}. */
@ConfigMapping(prefix = "kp.audit")
public interface AuditSettings {
    /** The Ed25519 private key that signs checkpoints: a PKCS#8 PEM file, kept outside the database. Without it no checkpoint is issued. */
    Optional<String> signingKey();

    /** Its public key (X.509 PEM file): what auditors verify checkpoints with, and what {@code /api/audit/verify} checks stored ones against. */
    Optional<String> publicKey();

    /** The log's name inside every checkpoint, so a checkpoint of this log cannot pass for another's. */
    @WithDefault("keyprojects.county/assessment-service/audit")
    String origin();

    /** How often a checkpoint is issued when there are new entries ({@code off} disables it; read by {@code CheckpointSchedule}). */
    @WithDefault("1m")
    String checkpointEvery();
}
