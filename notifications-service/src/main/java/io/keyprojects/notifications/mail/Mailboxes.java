package io.keyprojects.notifications.mail;

import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.people.KnownPeople;
import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The notification addresses a unit registered for itself and its people. Contact details stay out of events,
 * so this service learns them from the unit alone: a department sets and removes its own unit's addresses and its
 * own people's (checked against the people projects-service announced); the commander reads them. Call inside a
 * session or transaction.
 */
@ApplicationScoped
public class Mailboxes {
    private final KnownPeople people;
    private final CountyCalendar calendar;

    Mailboxes(KnownPeople people, CountyCalendar calendar) {
        this.people = people;
        this.calendar = calendar;
    }

    /** A department's own unit's addresses; the commander's: every unit's, or {@code unit}'s. */
    public Uni<Page<MailboxView>> list(Caller caller, String unit, PageRequest page) {
        String of = unit;
        if (!caller.is(Roles.COMMANDER)) {
            String own = caller.unit().orElseThrow(() -> ProblemException.forbidden("a department token names its unit"));
            if (unit != null && !unit.equals(own)) {
                throw ProblemException.forbidden("a department reads its own unit's addresses only");
            }
            of = own;
        }
        var query = of == null || of.isBlank()
                ? Mailbox.<Mailbox>find("order by unit, personId nulls first, id")
                : Mailbox.<Mailbox>find("unit = :unit order by personId nulls first, id", Parameters.with("unit", of));
        return PagedQuery.page(query, page, MailboxView::of);
    }

    /** Fails with 403 unless the caller is a department of {@code unit}. */
    public static void requireDepartmentOf(Caller caller, String unit) {
        if (!caller.is(Roles.DEPARTMENT) || !caller.isDepartmentOf(unit)) {
            throw ProblemException.forbidden("only unit " + unit + "'s department sets its notification addresses");
        }
    }

    /** Fails with 422 when projects-service never announced the person (or they left), 403 when they are another unit's. */
    public Uni<Void> requireOwnPerson(Caller caller, UUID person) {
        return people.find(person).invoke(known -> {
            if (known == null || !known.active()) {
                throw ProblemException.unknownPerson("person", person);
            }
            if (known.unit() == null || !caller.isDepartmentOf(known.unit()) || !caller.is(Roles.DEPARTMENT)) {
                throw ProblemException.forbidden("person " + person + " is not of the caller's unit");
            }
        }).replaceWithVoid();
    }

    /** Sets the address of {@code unit} itself ({@code person} null) or of one of its people. */
    public Uni<MailboxView> set(String unit, UUID person, String address, String who) {
        var existing = person == null ? Mailbox.<Mailbox>find("unit = ?1 and personId is null", unit).<Mailbox>firstResult()
                : Mailbox.<Mailbox>find("personId", person).<Mailbox>firstResult();
        return existing.chain(found -> {
            Mailbox m = found == null ? new Mailbox() : found;
            if (found == null) {
                m.id = UUID.randomUUID();
                m.personId = person;
            }
            m.unit = unit;
            m.address = address.trim();
            m.registeredBy = who;
            m.updatedAt = calendar.now();
            return m.<Mailbox>persistAndFlush();
        }).map(MailboxView::of);
    }

    /** Removes the address; 404 when none was set. */
    public Uni<Void> remove(String unit, UUID person) {
        var deleted = person == null ? Mailbox.delete("unit = ?1 and personId is null", unit)
                : Mailbox.delete("unit = ?1 and personId = ?2", unit, person);
        return deleted.invoke(n -> {
            if (n == 0) {
                throw ProblemException.notFound("notification address", person == null ? unit : person);
            }
        }).replaceWithVoid();
    }
}
