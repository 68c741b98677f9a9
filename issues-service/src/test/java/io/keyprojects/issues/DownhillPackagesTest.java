package io.keyprojects.issues;

import io.keyprojects.testing.DownhillPackages;
import org.junit.jupiter.api.Test;

/** project (the projection's rows) lies below the blockers that refer to it; events, which keeps it, stands above both. */
class DownhillPackagesTest {

    @Test
    void noPackageDependsOnOneThatDependsOnIt() {
        DownhillPackages.check("io.keyprojects.issues");
    }
}
