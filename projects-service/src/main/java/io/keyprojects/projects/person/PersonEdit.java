package io.keyprojects.projects.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editable fields of a person, for {@code PATCH /api/people/{id}} (JSON merge patch: a field left out stays
 * as it is, {@code null} clears phone or e-mail).
 */
@Schema(description = "Send only the fields that change.", example = "{\"title\": \"建设科副科长\", \"phone\": \"0571-8888 4321\"}")
public record PersonEdit(
        @Size(min = 1, max = 50) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
        @Size(min = 1, max = 16) String unit,
        PersonKind kind,
        @Size(max = 40) @Pattern(regexp = "[0-9+() -]*", message = "digits, spaces, +, (, ) and - only") String phone,
        @Size(max = 200) @Email String email,
        Boolean active) {

    static final Set<String> FIELDS = Set.of("name", "title", "unit", "kind", "phone", "email", "active");
    /** Fields a person cannot be without: sending null for them is a 400. */
    static final Set<String> REQUIRED_FIELDS = Set.of("name", "title", "kind", "active");
    /** What only reaches the person's own unit and the commander: a change of these alone is announced to nobody. */
    static final Set<String> PRIVATE_FIELDS = Set.of("phone", "email");
}
