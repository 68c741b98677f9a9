package io.keyprojects.gateway.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One item of the transparency feed: a project started (开工) or completed (完工), dated by when it
 * happened. Built from the public project fields only, so nothing internal can reach the feed.
 */
public record FeedEntry(String id, String kind, String title, String text, LocalDate date, String projectCode,
                        String category, String township) {

    static List<FeedEntry> from(List<JsonNode> projects, int limit) {
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode p : projects) {
            String code = p.path("code").asText();
            String name = p.path("name").asText();
            String where = p.path("township").asText("");
            LocalDate started = dateOf(p, "actualStart");
            LocalDate finished = dateOf(p, "actualEnd");
            if (started != null) {
                entries.add(new FeedEntry(code + ":started", "project-started", name + " 开工 (construction started)",
                        name + " (" + code + ")" + (where.isEmpty() ? "" : ", " + where) + ", started construction on " + started + ".",
                        started, code, p.path("category").asText(null), where));
            }
            if (finished != null && "COMPLETED".equals(p.path("phase").asText())) {
                entries.add(new FeedEntry(code + ":completed", "project-completed", name + " 完工 (completed)",
                        name + " (" + code + ")" + (where.isEmpty() ? "" : ", " + where) + ", was completed on " + finished + ".",
                        finished, code, p.path("category").asText(null), where));
            }
        }
        entries.sort(Comparator.comparing(FeedEntry::date, Comparator.reverseOrder()).thenComparing(FeedEntry::id));
        return entries.size() > limit ? entries.subList(0, limit) : entries;
    }

    private static LocalDate dateOf(JsonNode project, String field) {
        String text = project.path(field).asText(null);
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
