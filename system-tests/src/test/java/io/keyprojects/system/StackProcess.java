package io.keyprojects.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One of local-stack's servers ({@code LocalPostgres}, {@code KafkaBroker}) in its own JVM, exactly as
 * {@code make up} runs it, so a fault test can stop it, kill it and start it again on the same port and
 * data directory.
 */
final class StackProcess {
    private final String name;
    private final String mainClass;
    private final int port;
    private final Path runDirectory;
    private final Path log;
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private Process process;

    StackProcess(String name, String mainClass, int port, Path runDirectory, Path log, Map<String, String> env,
                 List<String> jvmOptions) {
        this.name = name;
        this.mainClass = mainClass;
        this.port = port;
        this.runDirectory = runDirectory;
        this.log = log;
        this.env = env;
        this.jvmOptions = jvmOptions;
    }

    /** local-stack's PostgreSQL on a free port, its data under {@code dir} (it creates the services' databases, as make up's does). */
    static StackProcess postgres(String name, Path dir, Path log) throws IOException {
        int port = freePort();
        return new StackProcess(name, "io.keyprojects.stack.LocalPostgres", port, dir, log, Map.of("PG_PORT", Integer.toString(port)),
                List.of("-Xmx128m"));
    }

    /** local-stack's Kafka broker on free ports, its data under {@code dir}, its logs in {@code logs}. */
    static StackProcess kafka(String name, Path dir, Path logs) throws IOException {
        int port = freePort();
        return new StackProcess(name, "io.keyprojects.stack.KafkaBroker", port, dir, logs.resolve("kafka.out"),
                Map.of("KAFKA_PORT", Integer.toString(port), "KAFKA_CONTROLLER_PORT", Integer.toString(freePort())),
                List.of("-Xmx384m", "-XX:+UseG1GC", "-Dlog4j2.configurationFile=kafka-log4j2.xml", "-Dkeyprojects.logs.dir=" + logs));
    }

    /** A port nothing listens on now, for a process of the test. */
    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Removes a run directory of an earlier run, so a test starts on fresh data. */
    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    int port() {
        return port;
    }

    void start() throws IOException {
        Path repository = Path.of(System.getProperty("kp.repository.root", "..")).toAbsolutePath();
        Path stack = repository.resolve("local-stack/target");
        Path classpathFile = stack.resolve("classpath.txt");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: package local-stack first (./mvnw verify builds it before system-tests)");
        }
        Files.createDirectories(runDirectory);
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.io.tmpdir=" + runDirectory, "-Dkeyprojects.run.dir=" + runDirectory,
                "-cp", stack.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpathFile).trim(), mainClass));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
    }

    /** Waits until the port accepts connections (for Kafka, the caller then waits for the broker to answer). */
    void awaitListening(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException(name + " did not listen on " + port + " within " + timeout + ":\n" + tail());
    }

    /** Waits until the process has written {@code line} to its log (LocalPostgres prints READY). */
    void awaitLine(String line, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (Files.exists(log) && Files.readAllLines(log).contains(line)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " did not print " + line + " within " + timeout + ":\n" + tail());
    }

    /** Waits for a process that runs to its end (local-stack's DemoData) and answers its exit code. */
    int awaitExit(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not finish within " + timeout + ":\n" + tail());
        }
        return process.exitValue();
    }

    /** SIGTERM, as an operator stops it; SIGKILL if it has not gone in 20 s. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    String tail() throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
