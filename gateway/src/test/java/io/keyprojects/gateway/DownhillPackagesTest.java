package io.keyprojects.gateway;

import io.keyprojects.testing.DownhillPackages;
import org.junit.jupiter.api.Test;

/** routing is the ground the gateway's features stand on, never their entrance: no package reaches back up. */
class DownhillPackagesTest {

    @Test
    void noPackageDependsOnOneThatDependsOnIt() {
        DownhillPackages.check("io.keyprojects.gateway");
    }
}
