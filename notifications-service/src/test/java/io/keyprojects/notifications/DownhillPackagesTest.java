package io.keyprojects.notifications;

import io.keyprojects.testing.DownhillPackages;
import org.junit.jupiter.api.Test;

/** delivery stands on the webhooks it delivers to, the inbox and the mail below them: no package reaches back up. */
class DownhillPackagesTest {

    @Test
    void noPackageDependsOnOneThatDependsOnIt() {
        DownhillPackages.check("io.keyprojects.notifications");
    }
}
