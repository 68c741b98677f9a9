package io.keyprojects.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The figures of one bench run, key = value, kept in the run directory as each step finishes. */
final class Results {
    private final Path file;
    private final Properties values = new Properties();

    Results(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            }
        }
    }

    void put(String key, Object value) {
        String text = value instanceof Double d ? String.format(java.util.Locale.ROOT, "%.3f", d) : String.valueOf(value);
        values.setProperty(key, text);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(out, "bench results");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String get(String key) {
        return values.getProperty(key);
    }

    String getOrDefault(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    Double number(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            return null;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
