package io.keyprojects.projects.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import java.util.TreeMap;

/** Stores the cooperating units' tasks (配合事项) as a JSON object, unit code → task. */
@Converter
public class UnitTasksConverter implements AttributeConverter<Map<String, String>, String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, String> tasks) {
        try {
            return JSON.writeValueAsString(tasks == null ? Map.of() : new TreeMap<>(tasks));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tasks of cooperating units are plain strings", e);
        }
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        try {
            return column == null || column.isBlank() ? new TreeMap<>() : JSON.readValue(column, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cooperating_tasks is not a JSON object of strings", e);
        }
    }
}
