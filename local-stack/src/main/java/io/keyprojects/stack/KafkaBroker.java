package io.keyprojects.stack;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A single-node Kafka broker in KRaft combined mode (broker and controller in one process), for
 * {@code make up}. Writes {@code .run/conf/kafka-server.properties}, formats {@code .run/kafka} once
 * and then runs the broker in this JVM until SIGTERM. Logging: {@code kafka-log4j2.xml}.
 */
public final class KafkaBroker {

    static final int DEFAULT_PORT = 59092;
    static final int DEFAULT_CONTROLLER_PORT = 59093;

    private KafkaBroker() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(RunDirectory.env("KAFKA_PORT", String.valueOf(DEFAULT_PORT)));
        int controllerPort = Integer.parseInt(RunDirectory.env("KAFKA_CONTROLLER_PORT", String.valueOf(DEFAULT_CONTROLLER_PORT)));
        Path logDirectory = RunDirectory.resolve("kafka");
        Path config = RunDirectory.resolve("conf/kafka-server.properties");
        Files.createDirectories(logDirectory);
        Files.createDirectories(config.getParent());
        write(config, serverProperties(logDirectory, port, controllerPort));

        // --ignore-formatted keeps a formatted log dir, but only if the cluster id matches its own
        int formatted = kafka.tools.StorageTool.execute(new String[] {
                "format", "-t", clusterId(logDirectory), "-c", config.toString(),
                "--standalone", "--ignore-formatted"}, System.out);
        if (formatted != 0) {
            System.err.println("formatting " + logDirectory + " failed: " + formatted);
            System.exit(formatted);
        }
        kafka.Kafka.main(new String[] {config.toString()}); // blocks; its shutdown hook stops the broker on SIGTERM
    }

    /** The id the log directory was formatted with, or a new one for an empty directory. */
    static String clusterId(Path logDirectory) throws IOException {
        Path meta = logDirectory.resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            String id = properties.getProperty("cluster.id");
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return Uuid.randomUuid().toString();
    }

    /** The broker's configuration; everything on 127.0.0.1, replication factor 1 everywhere. */
    static Map<String, String> serverProperties(Path logDirectory, int port, int controllerPort) {
        Map<String, String> p = new TreeMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDirectory.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "false"); // topics come from TopicSetup, never from a typo
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0"); // consumers get partitions at once
        p.put("log.retention.hours", "168");
        return p;
    }

    private static void write(Path file, Map<String, String> values) throws IOException {
        Properties properties = new Properties();
        properties.putAll(values);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "written by io.keyprojects.stack.KafkaBroker on every start; edit the class, not this file");
        }
    }
}
