package io.keyprojects.projects.sheet;

import io.keyprojects.contracts.EventType;
import io.keyprojects.projects.project.Project;

/**
 * One kind of sheet a unit states about a project (land, funding, demolition, a year's target): what its statement
 * is, how it is checked, and the event that publishes it. {@link StatedSheets} does the rest the same way for all.
 *
 * @param <S> the sheet as a client sends it; once {@link #checked}, also the form every version is kept in
 */
public interface SheetKind<S> {

    /** The name its versions are kept under; never changes. */
    String name();

    Class<S> type();

    /** What it is of a project, for the problems that name it: "the land", "the 2026 target". */
    String what(int period);

    /** How a writer's act is named in a 403: "change the land of project …". */
    default String verb() {
        return "change";
    }

    /**
     * The sheet checked (422 naming every wrong field) and in the one form it is kept in (amounts to two decimals,
     * text stripped, blank text as none), so two statements of the same figures are equal.
     */
    S checked(S sheet);

    EventType eventType();

    /** The event's data: the contract's record, not the API view. */
    Object event(Project project, Stated<S> stated);
}
