package io.keyprojects.contracts.data;

import java.util.UUID;

/**
 * county.projects.person-registered.v1 — a person who answers for work (责任人): a county leader, a unit's head or
 * a member of its staff. Names and posts only: contact details stay in projects-service.
 */
public record PersonRegistered(UUID id, String name, String title, String unit, String kind, long version, String registeredBy) {
}
