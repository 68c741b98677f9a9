package io.keyprojects.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueEscalated;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventAudienceTest {
    private static CloudEvent event(EventType type, Object data) {
        return CloudEvent.of(type, UUID.randomUUID().toString(), EventJson.MAPPER.valueToTree(data), Instant.now());
    }

    private final CloudEvent escalated = event(EventType.ISSUE_ESCALATED, new IssueEscalated(UUID.randomUUID(), UUID.randomUUID(),
            "CGZ", "OPEN", LocalDate.of(2026, 7, 1), false, "commander", null));

    @Test
    void a_units_private_event_reaches_that_unit_only() {
        assertEquals(Set.of("CGZ"), EventAudience.unitsOf(escalated));
        assertTrue(EventAudience.mayReceive("CGZ", EndpointScope.UNIT, escalated));
        assertFalse(EventAudience.mayReceive("ZJJ", EndpointScope.UNIT, escalated));
        assertFalse(EventAudience.mayReceive("ZJJ", EndpointScope.PUBLIC, escalated));
        assertFalse(EventAudience.mayReceive("CGZ", EndpointScope.PUBLIC, escalated), "public scope takes public events only");
    }

    @Test
    void public_events_reach_public_endpoints_of_any_unit() {
        CloudEvent phase = event(EventType.PROJECT_PHASE_CHANGED, new ProjectPhaseChanged(UUID.randomUUID(), "2026-ZD-017", "ZJJ",
                "PREPARATION", "UNDER_CONSTRUCTION", LocalDate.of(2026, 3, 1), null, java.math.BigDecimal.ZERO, 2, "commander", null));
        assertTrue(EventAudience.mayReceive("CGZ", EndpointScope.PUBLIC, phase));
        assertTrue(EventAudience.mayReceive("ZJJ", EndpointScope.UNIT, phase));
        assertFalse(EventAudience.mayReceive("CGZ", EndpointScope.UNIT, phase));
    }
}
