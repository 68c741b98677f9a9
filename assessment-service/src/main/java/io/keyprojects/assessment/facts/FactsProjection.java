package io.keyprojects.assessment.facts;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.UnitRegistered;
import io.keyprojects.contracts.data.PersonRegistered;
import io.keyprojects.contracts.data.PersonUpdated;
import io.keyprojects.platform.people.KnownPeople;
import io.keyprojects.platform.units.KnownUnits;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Keeps every event consumed (the input of every replay: the live ranking, the per-unit facts, publications and
 * "recompute as of" all read the facts from that one log through {@link FactSet}) and the registry's units and people,
 * which supervision orders are checked against. Runs inside the inbox's transaction, so events are stored and applied
 * together or not at all.
 */
@ApplicationScoped
public class FactsProjection {
    private final KnownUnits units;
    private final KnownPeople people;

    FactsProjection(KnownUnits units, KnownPeople people) {
        this.units = units;
        this.people = people;
    }

    public Uni<Void> apply(List<FactEvent> events) {
        List<UnitRegistered> registered = events.stream().filter(e -> e.type() == EventType.UNIT_REGISTERED)
                .map(e -> (UnitRegistered) e.data()).toList();
        Uni<Void> chain = EventLog.record(events.stream().map(FactEvent::envelope).toList());
        for (UnitRegistered unit : registered) { // a handful in a whole year: one statement each
            chain = chain.chain(() -> units.registered(unit));
        }
        for (FactEvent e : events) { // people, in the order the registry announced them
            if (e.data() instanceof PersonRegistered person) {
                chain = chain.chain(() -> people.registered(person));
            } else if (e.data() instanceof PersonUpdated person) {
                chain = chain.chain(() -> people.updated(person));
            }
        }
        return chain;
    }
}
