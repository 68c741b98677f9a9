package io.keyprojects.contracts;

import java.util.Set;

/**
 * The event types whose content is public (公示): what the public site's feed is built from, and all a webhook
 * endpoint of public scope may receive. Declared once here, so the feed and the webhooks cannot drift apart.
 */
public final class PublicEvents {
    public static final Set<EventType> TYPES = Set.of(EventType.PROJECT_REGISTERED, EventType.PROJECT_UPDATED,
            EventType.PROJECT_PHASE_CHANGED, EventType.MILESTONE_COMPLETED, EventType.PUBLIC_BULLETIN_PUBLISHED,
            EventType.PUBLICITY_PUBLISHED);

    private PublicEvents() {
    }

    public static boolean isPublic(String typeName) {
        return EventType.byTypeName(typeName).map(TYPES::contains).orElse(false);
    }
}
