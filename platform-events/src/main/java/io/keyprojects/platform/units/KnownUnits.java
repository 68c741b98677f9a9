package io.keyprojects.platform.units;

import io.keyprojects.contracts.data.UnitRegistered;
import io.keyprojects.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The county's units (责任单位) as a consuming service knows them, from unit-registered events: what the unit
 * codes on its own records (a blocker's responsible unit, a decision's assigned unit, an order's unit) are
 * checked against. The table, {@code known_unit}, is each consuming service's own (its migration); rows are
 * written inside the inbox's transaction, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class KnownUnits {

    /** Records (or renames) a unit; call inside the inbox's transaction. */
    public Uni<Void> registered(UnitRegistered unit) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        INSERT INTO known_unit (code, name, kind) VALUES (?1, ?2, ?3)
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind""")
                .setParameter(1, unit.code())
                .setParameter(2, unit.name())
                .setParameter(3, unit.kind())
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Boolean> isKnown(String code) {
        if (code == null) {
            return Uni.createFrom().item(false);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT count(*) FROM known_unit WHERE code = ?1", Long.class)
                .setParameter(1, code)
                .getSingleResult()).map(n -> n > 0);
    }

    /** Fails with a 422 {@code unknown-unit} problem naming {@code field} when the registry has not announced {@code code}. */
    public Uni<Void> requireKnown(String field, String code) {
        return isKnown(code).invoke(known -> {
            if (!known) {
                throw ProblemException.unknownUnit(field, code);
            }
        }).replaceWithVoid();
    }
}
