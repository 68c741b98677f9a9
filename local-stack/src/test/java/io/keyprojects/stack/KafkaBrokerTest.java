package io.keyprojects.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KafkaBrokerTest {

    @Test
    void singleNodeCombinedModeOnLoopback(@TempDir Path logs) {
        Map<String, String> p = KafkaBroker.serverProperties(logs, 59092, 59093);
        assertEquals("broker,controller", p.get("process.roles"));
        assertEquals("127.0.0.1:59093", p.get("controller.quorum.bootstrap.servers"));
        assertEquals("PLAINTEXT://127.0.0.1:59092,CONTROLLER://127.0.0.1:59093", p.get("listeners"));
        assertEquals("1", p.get("offsets.topic.replication.factor"));
        assertEquals("1", p.get("transaction.state.log.replication.factor"));
        assertEquals("0", p.get("group.initial.rebalance.delay.ms"));
        assertEquals("3", p.get("num.partitions"));
        assertEquals("false", p.get("auto.create.topics.enable"));
        assertEquals(logs.toAbsolutePath().toString(), p.get("log.dirs"));
    }

    @Test
    void aFormattedLogDirectoryKeepsItsClusterId(@TempDir Path logs) throws Exception {
        assertNotEquals(KafkaBroker.clusterId(logs), KafkaBroker.clusterId(logs), "new directory: a new id each time");
        Files.writeString(logs.resolve("meta.properties"), "version=1\ncluster.id=V21oXmL5RxCo3ZRGrc7T_Q\nnode.id=1\n");
        assertEquals("V21oXmL5RxCo3ZRGrc7T_Q", KafkaBroker.clusterId(logs));
    }
}
