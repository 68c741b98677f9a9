package io.keyprojects.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository's files the manifests are held against: each service's configuration, the JVM options, the README. */
final class Repository {

    static final Path ROOT = root();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    /** Each module and the port its application.properties declares a default for. */
    static final Map<String, Integer> SERVICES = Map.of(
            "projects-service", 8081, "issues-service", 8082, "assessment-service", 8083,
            "notifications-service", 8084, "gateway", 8080);
    /** Each service with a database and that database's name. */
    static final Map<String, String> DATABASES = Map.of(
            "projects-service", "projects", "issues-service", "issues", "assessment-service", "assessment",
            "notifications-service", "notifications");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern HTTP_PORT = Pattern.compile("(?m)^quarkus\\.http\\.port\\s*=\\s*\\$\\{HTTP_PORT:(\\d+)}\\s*$");

    private Repository() {
    }

    /**
     * Every environment variable the module's configuration reads (dev and test profiles aside): its
     * application.properties, the platform's defaults, and for a service with a database platform-events' defaults.
     */
    static Set<String> environmentVariablesRead(String module) {
        StringBuilder configuration = new StringBuilder(read(ROOT.resolve(module).resolve("src/main/resources/application.properties")));
        configuration.append('\n').append(read(ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties")));
        if (DATABASES.containsKey(module)) {
            configuration.append('\n').append(read(ROOT.resolve("platform-events/src/main/resources/META-INF/microprofile-config.properties")));
        }
        Set<String> names = new TreeSet<>();
        for (String line : configuration.toString().split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.startsWith("%dev.") || trimmed.startsWith("%test.")) {
                continue;
            }
            Matcher matcher = PLACEHOLDER.matcher(trimmed);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    static int declaredPort(String module) {
        Matcher matcher = HTTP_PORT.matcher(read(ROOT.resolve(module).resolve("src/main/resources/application.properties")));
        if (!matcher.find()) {
            throw new AssertionError(module + " declares no quarkus.http.port=${HTTP_PORT:<port>}");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** scripts/service-jvm.options without its comments: what make up, the bench and the system tests pass to java. */
    static java.util.List<String> serviceJvmOptions() {
        return read(ROOT.resolve("scripts/service-jvm.options")).lines()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** The image each service is built into by docker-compose.yml: name without the tag. */
    static Map<String, String> composeImages() {
        Map<String, String> images = new TreeMap<>();
        Matcher matcher = Pattern.compile("(?m)^\\s+image:\\s*(keyprojects/([a-z-]+)):\\S+\\s*$").matcher(read(ROOT.resolve("docker-compose.yml")));
        while (matcher.find()) {
            images.put(matcher.group(2), matcher.group(1));
        }
        return images;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/kubernetes"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/kubernetes not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
