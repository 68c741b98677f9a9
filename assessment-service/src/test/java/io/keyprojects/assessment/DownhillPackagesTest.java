package io.keyprojects.assessment;

import io.keyprojects.testing.DownhillPackages;
import org.junit.jupiter.api.Test;

/** facts are folded below the scoring that reads them and the publications that show them: no package reaches back up. */
class DownhillPackagesTest {

    @Test
    void noPackageDependsOnOneThatDependsOnIt() {
        DownhillPackages.check("io.keyprojects.assessment");
    }
}
