package io.keyprojects.notifications.webhook;

/** Which events an endpoint may receive beyond its types: a unit never receives another unit's private events. */
public enum EndpointScope {
    /** Events about the endpoint's own unit: its projects (lead or cooperating), blockers, orders and scores. */
    UNIT,
    /** Only the events the public site shows, whichever unit they concern. */
    PUBLIC
}
