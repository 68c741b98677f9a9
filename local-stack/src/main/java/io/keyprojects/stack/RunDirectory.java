package io.keyprojects.stack;

import java.nio.file.Path;

/** The git-ignored folder that holds everything the local stack writes: data, logs, keys, pids. */
final class RunDirectory {

    private RunDirectory() {
    }

    /** {@code -Dkeyprojects.run.dir}, else env {@code RUN_DIR}, else {@code .run} in the working directory. */
    static Path root() {
        String dir = System.getProperty("keyprojects.run.dir", System.getenv().getOrDefault("RUN_DIR", ".run"));
        return Path.of(dir).toAbsolutePath().normalize();
    }

    static Path resolve(String child) {
        return root().resolve(child);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
