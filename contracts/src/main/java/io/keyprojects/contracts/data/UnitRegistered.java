package io.keyprojects.contracts.data;

/** county.projects.unit-registered.v1 — a responsible unit (责任单位). */
public record UnitRegistered(String code, String name, String kind) {
}
