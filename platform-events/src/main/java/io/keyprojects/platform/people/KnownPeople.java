package io.keyprojects.platform.people;

import io.keyprojects.contracts.data.PersonRegistered;
import io.keyprojects.contracts.data.PersonUpdated;
import io.keyprojects.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The county's people who answer for work (责任人) as a consuming service knows them, from person-registered and
 * person-updated events: what the responsible person named on its own records (a blocker, a dispatch decision, a
 * supervision order) is checked against. Names and posts only: contact details never leave projects-service. The
 * table, {@code known_person}, is each consuming service's own (its migration); rows are written inside the inbox's
 * transaction, so a redelivered event changes nothing, and an older version never overwrites a newer one.
 */
@ApplicationScoped
public class KnownPeople {

    /** Records a person; call inside the inbox's transaction. */
    public Uni<Void> registered(PersonRegistered person) {
        return upsert(person.id(), person.name(), person.title(), person.unit(), person.kind(), true, person.version());
    }

    /** Follows an edit (a new post, another unit, left the post); call inside the inbox's transaction. */
    public Uni<Void> updated(PersonUpdated person) {
        return upsert(person.id(), person.name(), person.title(), person.unit(), person.kind(), person.active(), person.version());
    }

    private Uni<Void> upsert(UUID id, String name, String title, String unit, String kind, boolean active, long version) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        INSERT INTO known_person (id, name, title, unit, kind, active, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, title = EXCLUDED.title, unit = EXCLUDED.unit,
                            kind = EXCLUDED.kind, active = EXCLUDED.active, version = EXCLUDED.version
                        WHERE known_person.version < EXCLUDED.version""")
                .setParameter(1, id)
                .setParameter(2, name)
                .setParameter(3, title)
                .setParameter(4, unit)
                .setParameter(5, kind)
                .setParameter(6, active)
                .setParameter(7, version)
                .executeUpdate()).replaceWithVoid();
    }

    /** A person as the registry announced them: names and posts, never contact details. */
    public record KnownPerson(UUID id, String name, String title, String unit, String kind, boolean active) {
    }

    /** The person the registry announced as {@code id}, or {@code null}. */
    public Uni<KnownPerson> find(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT CAST(id AS text), name, title, unit, kind, active FROM known_person WHERE id = ?1", Object[].class)
                .setParameter(1, id)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : new KnownPerson(UUID.fromString((String) rows.get(0)[0]), (String) rows.get(0)[1],
                        (String) rows.get(0)[2], (String) rows.get(0)[3], (String) rows.get(0)[4], (Boolean) rows.get(0)[5]));
    }

    /** True when the registry announced {@code id} and the person is still in post. */
    public Uni<Boolean> isKnown(UUID id) {
        if (id == null) {
            return Uni.createFrom().item(false);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT count(*) FROM known_person WHERE id = ?1 AND active", Long.class)
                .setParameter(1, id)
                .getSingleResult()).map(n -> n > 0);
    }

    /**
     * Fails with a 422 {@code unknown-person} problem naming {@code field} when the registry has not announced
     * {@code id} or the person has left the post; {@code null} (nobody named) passes.
     */
    public Uni<Void> requireKnown(String field, UUID id) {
        if (id == null) {
            return Uni.createFrom().voidItem();
        }
        return isKnown(id).invoke(known -> {
            if (!known) {
                throw ProblemException.unknownPerson(field, id);
            }
        }).replaceWithVoid();
    }
}
