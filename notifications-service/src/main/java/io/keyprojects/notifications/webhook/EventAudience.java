package io.keyprojects.notifications.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.PublicEvents;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may receive an event: the units it concerns (read from its data's unit fields) and whether it is public.
 * Pure: no framework, so the rule that keeps one unit's private events from another is tested on its own.
 */
public final class EventAudience {
    /** The data fields that name the unit an event is about (责任单位, assigned or scored unit). */
    private static final List<String> UNIT_FIELDS = List.of("leadUnit", "responsibleUnit", "assignedUnit", "unit");

    private EventAudience() {
    }

    /** Public events ({@link PublicEvents}, the same the public site's feed shows). */
    public static boolean isPublic(CloudEvent event) {
        return PublicEvents.isPublic(event.type());
    }

    /** The unit codes {@code event} concerns: lead, responsible, assigned or scored unit, and cooperating units. */
    public static Set<String> unitsOf(CloudEvent event) {
        Set<String> units = new LinkedHashSet<>();
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            return units;
        }
        for (String field : UNIT_FIELDS) {
            JsonNode value = data.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                units.add(value.asText());
            }
        }
        data.path("cooperatingUnits").forEach(u -> {
            if (u.isTextual()) {
                units.add(u.asText());
            }
        });
        return units;
    }

    /** True when an endpoint of {@code unit} with {@code scope} may receive {@code event}. */
    public static boolean mayReceive(String unit, EndpointScope scope, CloudEvent event) {
        return switch (scope) {
            case PUBLIC -> isPublic(event);
            case UNIT -> unitsOf(event).contains(unit);
        };
    }
}
