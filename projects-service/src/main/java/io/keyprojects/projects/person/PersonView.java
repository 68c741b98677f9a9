package io.keyprojects.projects.person;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as staff see them; {@code contact} only for the commander and the person's own unit. */
public record PersonView(UUID id, String name, String title, @Schema(nullable = true) String unit, PersonKind kind, boolean active,
                         @Schema(nullable = true, description = "null unless you are the commander or of the person's unit")
                         Contact contact,
                         long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** How to reach a person: private (个人信息). */
    @Schema(name = "PersonContact")
    public record Contact(@Schema(nullable = true) String phone, @Schema(nullable = true) String email) {
    }

    static PersonView of(Person p, boolean withContact) {
        return new PersonView(p.id, p.name, p.title, p.unit, p.kind, p.active,
                withContact ? new Contact(p.phone, p.email) : null,
                p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }
}
