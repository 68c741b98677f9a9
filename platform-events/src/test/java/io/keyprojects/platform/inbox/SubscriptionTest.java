package io.keyprojects.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
    private final Subscription issues = Subscription.of("issues-service.projects", "issues-service",
            List.of(EventType.PROJECT_REGISTERED, EventType.PROJECT_PHASE_CHANGED));

    private static CloudEvent event(String type, String source) {
        return new CloudEvent("1.0", "e-1", source, type, "s", Instant.parse("2026-07-01T00:00:00Z"), "application/json", null,
                EventJson.MAPPER.createObjectNode());
    }

    @Test
    void an_event_of_a_known_type_from_the_topics_owner_is_accepted() {
        assertEquals(Optional.empty(), issues.refusal(Topics.PROJECTS, event(EventType.PROJECT_REGISTERED.typeName(), "/projects-service")));
    }

    @Test
    void an_event_from_any_other_source_is_refused_whatever_its_type() {
        String reason = issues.refusal(Topics.PROJECTS, event(EventType.PROJECT_REGISTERED.typeName(), "/issues-service")).orElseThrow();
        assertTrue(reason.contains("/issues-service") && reason.contains("/projects-service"), reason);
        assertTrue(issues.refusal(Topics.PROJECTS, event(EventType.PROJECT_REGISTERED.typeName(), null)).isPresent());
    }

    @Test
    void a_type_the_consumer_does_not_know_is_refused_even_from_the_owner() {
        assertTrue(issues.refusal(Topics.PROJECTS, event("county.projects.project-archived.v1", "/projects-service")).isPresent());
        assertTrue(issues.refusal(Topics.PROJECTS, event(EventType.MILESTONE_PLANNED.typeName(), "/projects-service")).isPresent(),
                "a real type, but not on this consumer's list");
    }

    @Test
    void a_known_type_on_a_topic_that_is_not_its_own_is_refused() {
        Subscription both = Subscription.of("c", "g", List.of(EventType.PROJECT_REGISTERED, EventType.ISSUE_REPORTED));
        assertTrue(both.refusal(Topics.ISSUES, event(EventType.PROJECT_REGISTERED.typeName(), "/issues-service")).isPresent());
        assertTrue(both.refusal("elsewhere.events", event(EventType.PROJECT_REGISTERED.typeName(), "/projects-service")).isPresent());
    }

    @Test
    void a_refused_event_is_a_refused_event_exception_naming_the_reason() {
        CloudEvent forged = event(EventType.PROJECT_REGISTERED.typeName(), "/somebody");
        var e = assertThrows(RefusedEventException.class, () -> issues.accepted(Topics.PROJECTS, forged, forged));
        assertTrue(e.getMessage().contains("/somebody"));
    }
}
