package io.keyprojects.projects.person;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.PersonRegistered;
import io.keyprojects.contracts.data.PersonUpdated;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.paging.SortOrder;
import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.projects.unit.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The registry of people (责任人): a unit's department registers and keeps its own staff, the commander anyone,
 * county leaders included. Contact details reach only the commander and the person's own unit, and never an
 * event. Call inside a transaction.
 */
@ApplicationScoped
public class PersonRegistry {
    private final Outbox outbox;
    private final CountyCalendar calendar;

    PersonRegistry(Outbox outbox, CountyCalendar calendar) {
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public Uni<Person> find(UUID id) {
        return Person.<Person>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("person", id));
    }

    /**
     * The person {@code id} names, in post, or a 422 {@code unknown-person} naming {@code field}: what projects and
     * time nodes check the people they name against. {@code null} passes (nobody named).
     */
    public Uni<Person> requireKnown(String field, UUID id) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return Person.<Person>findById(id).invoke(p -> {
            if (p == null || !p.active) {
                throw ProblemException.unknownPerson(field, id);
            }
        });
    }

    /** Whether {@code caller} reads {@code person}'s contact details: the commander and the person's own unit only. */
    public static boolean seesContactOf(Person person, Caller caller) {
        return caller.is(Roles.COMMANDER) || (person.unit != null && caller.isDepartmentOf(person.unit));
    }

    public PersonView view(Person person, Caller caller) {
        return PersonView.of(person, seesContactOf(person, caller));
    }

    /** Who may register whom, from what the body asks for and before its values are judged. */
    static void authorizeRegistration(String unit, String kind, Caller caller) {
        if (caller.is(Roles.COMMANDER)) {
            return;
        }
        if (PersonKind.COUNTY_LEADER.name().equals(kind)) {
            throw ProblemException.forbidden("county leaders (县领导) are registered by the commander");
        }
        if (unit == null || !caller.isDepartmentOf(unit)) {
            throw ProblemException.forbidden("a department registers its own unit's staff only"
                    + caller.unit().map(u -> " (" + u + ")").orElse(""));
        }
    }

    /** Who may edit {@code person}, and into what, from what the body asks for and before its values are judged. */
    static void authorizeEdit(Person person, String newUnit, String newKind, Caller caller) {
        if (caller.is(Roles.COMMANDER)) {
            return;
        }
        if (person.unit == null || !caller.isDepartmentOf(person.unit)) {
            throw ProblemException.forbidden("a department edits its own unit's staff only");
        }
        if (newUnit != null && !newUnit.equals(person.unit)) {
            throw ProblemException.forbidden("moving a person to another unit is the commander's");
        }
        if (PersonKind.COUNTY_LEADER.name().equals(newKind)) {
            throw ProblemException.forbidden("county leaders (县领导) are the commander's to name");
        }
    }

    public Uni<PersonView> register(PersonRegistration r, Caller caller) {
        String unit = blankToNull(r.unit());
        if (unit == null && r.kind() != PersonKind.COUNTY_LEADER) {
            throw ProblemException.badRequest("a unit's head or staff belongs to a unit", Map.of("unit", "required unless kind is COUNTY_LEADER"));
        }
        return requireUnit(unit).chain(() -> {
            Person p = new Person();
            p.id = UUID.randomUUID();
            p.name = r.name().strip();
            p.title = r.title().strip();
            p.unit = unit;
            p.kind = r.kind();
            p.phone = blankToNull(r.phone());
            p.email = blankToNull(r.email());
            Instant now = calendar.now();
            p.createdAt = now;
            p.createdBy = caller.name();
            p.updatedAt = now;
            p.updatedBy = caller.name();
            return p.<Person>persistAndFlush();
        }).call(p -> outbox.append(EventType.PERSON_REGISTERED, p.id.toString(),
                new PersonRegistered(p.id, p.name, p.title, p.unit, p.kind.name(), p.version, p.createdBy)))
                .map(p -> view(p, caller));
    }

    /** Applies a merge patch at the version the client read; the caller's right was checked by {@link #authorizeEdit}. */
    public Uni<PersonView> update(Person p, IfMatch ifMatch, PersonPatch patch, Caller caller) {
        ifMatch.requireCurrent(p.version, "person " + p.id);
        PersonEdit v = patch.values();
        Uni<Void> unitChecked = patch.has("unit") ? requireUnit(v.unit()) : Uni.createFrom().voidItem();
        return unitChecked.chain(() -> {
            List<String> changed = new ArrayList<>();
            if (patch.has("name") && !p.name.equals(v.name().strip())) {
                p.name = v.name().strip();
                changed.add("name");
            }
            if (patch.has("title") && !p.title.equals(v.title().strip())) {
                p.title = v.title().strip();
                changed.add("title");
            }
            if (patch.has("unit") && !Objects.equals(p.unit, blankToNull(v.unit()))) {
                p.unit = blankToNull(v.unit());
                changed.add("unit");
            }
            if (patch.has("kind") && p.kind != v.kind()) {
                p.kind = v.kind();
                changed.add("kind");
            }
            if (patch.has("active") && p.active != v.active()) {
                p.active = v.active();
                changed.add("active");
            }
            boolean privateChanged = false;
            if (patch.has("phone") && !Objects.equals(p.phone, blankToNull(v.phone()))) {
                p.phone = blankToNull(v.phone());
                privateChanged = true;
            }
            if (patch.has("email") && !Objects.equals(p.email, blankToNull(v.email()))) {
                p.email = blankToNull(v.email());
                privateChanged = true;
            }
            if (p.unit == null && p.kind != PersonKind.COUNTY_LEADER) {
                throw ProblemException.badRequest("a unit's head or staff belongs to a unit", Map.of("unit", "required unless kind is COUNTY_LEADER"));
            }
            if (changed.isEmpty() && !privateChanged) {
                return Uni.createFrom().item(view(p, caller)); // nothing differs: no new version, no event
            }
            p.updatedAt = calendar.now();
            p.updatedBy = caller.name();
            Uni<Void> announced = changed.isEmpty()
                    ? Uni.createFrom().voidItem() // contact details never leave the registry
                    : Uni.createFrom().voidItem().call(() -> outbox.append(EventType.PERSON_UPDATED, p.id.toString(),
                            new PersonUpdated(p.id, p.name, p.title, p.unit, p.kind.name(), p.active, p.version, changed, p.updatedBy)));
            return Panache.flush().chain(() -> announced).map(x -> view(p, caller));
        });
    }

    public Uni<Page<PersonView>> list(String unit, PersonKind kind, String text, Boolean active, PageRequest page, SortOrder sort,
                                      Caller caller) {
        List<String> terms = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (unit != null) {
            terms.add("unit = :unit");
            parameters.put("unit", unit);
        }
        if (kind != null) {
            terms.add("kind = :kind");
            parameters.put("kind", kind);
        }
        if (active != null) {
            terms.add("active = :active");
            parameters.put("active", active);
        }
        if (text != null && !text.isBlank()) {
            terms.add("(lower(name) like :text or lower(title) like :text)");
            parameters.put("text", "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String where = terms.isEmpty() ? "1 = 1" : String.join(" and ", terms);
        return PagedQuery.page(Person.find(where, PagedQuery.sort(sort, "id"), parameters), page, (Person p) -> view(p, caller));
    }

    private static Uni<Void> requireUnit(String code) {
        if (code == null) {
            return Uni.createFrom().voidItem();
        }
        return Unit.<Unit>findById(code).invoke(u -> {
            if (u == null) {
                throw ProblemException.unknownUnit("unit", code);
            }
        }).replaceWithVoid();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
