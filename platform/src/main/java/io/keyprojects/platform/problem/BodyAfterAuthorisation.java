package io.keyprojects.platform.problem;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method whose right depends on the resource (a department's own project, blocker or order):
 * a body that is not readable JSON (or not of the body's shape) does not answer 400 while the body is read,
 * before the method runs; the method gets {@code null} and {@link RequestBodies} answers the same 400 once
 * the caller's right is established. A caller without the right gets its 403 whatever it sent.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyAfterAuthorisation {
}
