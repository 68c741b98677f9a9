package io.keyprojects.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyprojects.platform.problem.ProblemException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortOrderTest {
    private static final Set<String> SORTABLE = Set.of("code", "plannedEnd");
    private static final SortOrder BY_CODE = SortOrder.ascending("code");

    @Test
    void a_field_sorts_ascending_and_a_dash_descending_and_nothing_takes_the_lists_default() {
        assertEquals(SortOrder.ascending("plannedEnd"), SortOrder.parse("plannedEnd", SORTABLE, BY_CODE));
        assertEquals(SortOrder.descending("plannedEnd"), SortOrder.parse("-plannedEnd", SORTABLE, BY_CODE));
        assertEquals(BY_CODE, SortOrder.parse(null, SORTABLE, BY_CODE));
        assertEquals(BY_CODE, SortOrder.parse(" ", SORTABLE, BY_CODE));
    }

    @Test
    void a_field_the_list_does_not_offer_is_400_listing_those_it_does() {
        ProblemException e = assertThrows(ProblemException.class, () -> SortOrder.parse("name; drop table", SORTABLE, BY_CODE));
        assertEquals(400, e.problem().status());
        assertEquals("one of [code, plannedEnd], '-' in front for descending", e.problem().errors().get("sort"));
    }
}
