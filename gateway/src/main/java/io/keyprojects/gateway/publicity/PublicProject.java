package io.keyprojects.gateway.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What the public may see of a project (宣传, 新闻专栏): an allow-list of fields copied from the registry's
 * view. Anything not named here (responsible officials, completed investment, who changed what, and
 * everything from blockers and scores) never leaves the gateway on a public route.
 */
public final class PublicProject {
    static final List<String> PUBLIC_FIELDS = List.of("id", "code", "name", "description", "category", "year",
            "township", "leadUnit", "location", "plannedInvestment", "plannedStart", "plannedEnd", "actualStart",
            "actualEnd", "phase", "progressPercent");

    private PublicProject() {
    }

    static ObjectNode of(JsonNode project, ObjectMapper json) {
        ObjectNode visible = json.createObjectNode();
        for (String field : PUBLIC_FIELDS) {
            JsonNode value = project.get(field);
            if (value != null && !value.isNull()) {
                visible.set(field, value);
            }
        }
        return visible;
    }
}
