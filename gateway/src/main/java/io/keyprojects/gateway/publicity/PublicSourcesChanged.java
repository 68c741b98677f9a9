package io.keyprojects.gateway.publicity;

/**
 * Announced (a CDI event) whenever the gateway took in an event of {@code projects.events} or {@code assessment.events},
 * applied to the feed or not, or finished the feed's backfill: what the public site and the dashboard show may have
 * changed, so anything kept of them is out of date.
 */
public record PublicSourcesChanged(String cause) {
}
