package io.keyprojects.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged service running as its own process, as in production: {@code java -jar quarkus-run.jar}. */
final class ServiceProcess {
    private final String name;
    private final int port;
    private final Path log;
    private Process process;
    private Path repository;
    private Map<String, String> env;

    ServiceProcess(String name, int port, Path log) {
        this.name = name;
        this.port = port;
        this.log = log;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** Where the process's console goes (appended to across restarts). */
    Path log() {
        return log;
    }

    String url() {
        return "http://localhost:" + port;
    }

    void start(Path repository, Map<String, String> env) throws IOException {
        this.repository = repository;
        this.env = Map.copyOf(env);
        Path jar = repository.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify builds them before system-tests)");
        }
        Files.createDirectories(log.getParent());
        Path app = jar.getParent();
        // As make up runs them (scripts/lib.sh), on the JDK these tests run on: the shared JVM options files, the
        // build's AOT cache (Java 25) or AppCDS archive (Java 17), from target/quarkus-app (both name the jars by
        // that relative path), malloc held to 2 arenas.
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "@" + jvmOptions(repository, "service-jvm.options")));
        boolean java25 = Runtime.version().feature() >= 25;
        if (java25) {
            command.add("@" + jvmOptions(repository, "service-jvm-25.options"));
        }
        if (java25 && Files.exists(app.resolve("app.aot")) && aotCacheCurrent(app)) {
            command.add("-XX:AOTCache=app.aot");
        } else if (Files.exists(app.resolve("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        // Tests only: the C1 compiler alone, less CPU while four services start on a busy CI machine.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-jar", "quarkus-run.jar"));
        var builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(env);
        builder.environment().put("HTTP_PORT", Integer.toString(port));
        process = builder.start();
    }

    /**
     * Whether app.aot is younger than every other file of the application, as scripts/lib.sh checks: Temurin 25.0.3
     * does not check the jars a cache was made from (JDK-8377932, fixed in 25.0.4), so a cache left by an older
     * build (say, a build on Java 17 since, which writes no cache) would serve that build's classes.
     */
    private static boolean aotCacheCurrent(Path app) throws IOException {
        var cache = Files.getLastModifiedTime(app.resolve("app.aot"));
        try (var files = Files.walk(app)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().endsWith(".aot"))
                    .noneMatch(file -> lastModified(file).compareTo(cache) > 0);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An options file in scripts/ of the repository under test (the applications may run from a copy). */
    private static Path jvmOptions(Path applications, String file) {
        Path root = Path.of(System.getProperty("kp.repository.root", applications.toString()));
        Path options = root.resolve("scripts").resolve(file).toAbsolutePath();
        if (!Files.exists(options)) {
            throw new IllegalStateException(options + " is missing (set kp.repository.root to the repository)");
        }
        return options;
    }

    /** Waits until the service answers ready, or fails with the tail of its log. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (ready()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail());
    }

    private boolean ready() {
        try {
            var conn = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
            conn.setConnectTimeout(500);
            conn.setReadTimeout(2000);
            return conn.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** kill -9: no shutdown hook, no clean close of its Kafka clients or database transactions. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Starts it again as it was started first (same port, database and environment) and waits until ready. */
    void restart(Duration timeout) throws IOException, InterruptedException {
        startAgain();
        awaitReady(timeout);
    }

    /** Starts it again as it was started first, without waiting (several restart side by side). */
    void startAgain() throws IOException {
        start(repository, env);
    }

    String tail() throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** SIGTERM without waiting, so several processes shut down side by side; {@link #stop} then waits. */
    void signalStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** SIGTERM, and waits for the process to end (SIGKILL after 15 s). */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
