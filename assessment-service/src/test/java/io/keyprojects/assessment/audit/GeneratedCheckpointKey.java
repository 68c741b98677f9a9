package io.keyprojects.assessment.audit;

import io.keyprojects.contracts.audit.CheckpointKeys;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Tests sign checkpoints with a key pair generated for the run, never with a key kept anywhere. */
@Mock
@ApplicationScoped
class GeneratedCheckpointKey extends CheckpointKey {
    GeneratedCheckpointKey() {
        super(Optional.of(CheckpointKeys.generate()));
    }
}
