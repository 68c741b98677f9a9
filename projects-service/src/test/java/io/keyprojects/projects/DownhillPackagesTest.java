package io.keyprojects.projects;

import io.keyprojects.testing.DownhillPackages;
import org.junit.jupiter.api.Test;

/** project and milestone stand on baseline (the plan as frozen); approval and programme stand on them all. */
class DownhillPackagesTest {

    @Test
    void noPackageDependsOnOneThatDependsOnIt() {
        DownhillPackages.check("io.keyprojects.projects");
    }
}
