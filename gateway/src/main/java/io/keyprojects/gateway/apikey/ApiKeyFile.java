package io.keyprojects.gateway.apikey;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * Where the hashed keys are kept. The gateway has no database (DESIGN.md), and keys change rarely, so a
 * JSON file written atomically (temp file, then rename) is enough; the file holds hashes only.
 */
final class ApiKeyFile {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    ApiKeyFile(Path file) {
        this.file = file;
    }

    /** When the file last changed (null while it does not exist). */
    FileTime lastModified() {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    List<ApiKey> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<List<ApiKey>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read API keys from " + file, e);
        }
    }

    void write(List<ApiKey> keys) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "api-keys", ".tmp");
            JSON.writeValue(temp.toFile(), keys);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write API keys to " + file, e);
        }
    }
}
