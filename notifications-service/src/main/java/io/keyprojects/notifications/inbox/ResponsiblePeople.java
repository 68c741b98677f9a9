package io.keyprojects.notifications.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyprojects.contracts.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Who answers for a subject (专人): the person the last event about a blocker or an order named as responsible
 * (issue reported, dispatch decision, order issued). A reminder or an escalation that names only the unit is
 * thereby still addressed to that person. Call inside the inbox's transaction.
 */
@ApplicationScoped
public class ResponsiblePeople {

    /** The responsible person {@code event}'s data names, if any ({@code responsiblePerson} or {@code responsiblePersonId}). */
    static Optional<UUID> named(CloudEvent event) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            return Optional.empty();
        }
        for (String field : new String[] {"responsiblePerson", "responsiblePersonId"}) {
            JsonNode value = data.get(field);
            if (value != null && value.isTextual()) {
                try {
                    return Optional.of(UUID.fromString(value.asText()));
                } catch (IllegalArgumentException notAnId) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Remembers the person {@code event} names for its subject (the newest naming wins). */
    public Uni<Void> remember(CloudEvent event) {
        Optional<UUID> person = named(event);
        if (person.isEmpty() || event.subject() == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        INSERT INTO responsible_person (subject, person_id) VALUES (?1, ?2)
                        ON CONFLICT (subject) DO UPDATE SET person_id = EXCLUDED.person_id""")
                .setParameter(1, event.subject())
                .setParameter(2, person.get())
                .executeUpdate()).replaceWithVoid();
    }

    /** The person {@code event} names, else the one last named for its subject; null when nobody is. */
    public Uni<UUID> of(CloudEvent event) {
        Optional<UUID> person = named(event);
        if (person.isPresent() || event.subject() == null) {
            return Uni.createFrom().item(person.orElse(null));
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT person_id FROM responsible_person WHERE subject = ?1", UUID.class)
                .setParameter(1, event.subject())
                .getResultList()).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }
}
