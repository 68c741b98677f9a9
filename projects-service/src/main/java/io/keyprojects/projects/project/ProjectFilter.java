package io.keyprojects.projects.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The list filters people use (year, phase, unit, category, township, text), as a JPQL condition. */
public record ProjectFilter(Integer year, ProjectPhase phase, String unit, ProjectCategory category,
                            String township, String text) {

    String where() {
        List<String> terms = new ArrayList<>();
        if (year != null) {
            terms.add("year = :year");
        }
        if (phase != null) {
            terms.add("phase = :phase");
        }
        if (unit != null) {
            terms.add("leadUnit = :unit");
        }
        if (category != null) {
            terms.add("category = :category");
        }
        if (township != null) {
            terms.add("township = :township");
        }
        if (text != null) {
            terms.add("(lower(name) like :text or lower(code) like :text)");
        }
        return terms.isEmpty() ? "1 = 1" : String.join(" and ", terms);
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        if (year != null) {
            p.put("year", year);
        }
        if (phase != null) {
            p.put("phase", phase);
        }
        if (unit != null) {
            p.put("unit", unit);
        }
        if (category != null) {
            p.put("category", category);
        }
        if (township != null) {
            p.put("township", township);
        }
        if (text != null) {
            p.put("text", "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return p;
    }
}
