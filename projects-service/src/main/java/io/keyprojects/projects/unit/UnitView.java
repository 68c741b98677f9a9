package io.keyprojects.projects.unit;

/** A unit as clients and the unit-registered event see it. */
public record UnitView(String code, String name, UnitKind kind) {
    static UnitView of(Unit unit) {
        return new UnitView(unit.code, unit.name, unit.kind);
    }
}
