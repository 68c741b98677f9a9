package io.keyprojects.assessment.supervision;

import static io.keyprojects.assessment.supervision.RectificationStatus.CLOSED;
import static io.keyprojects.assessment.supervision.RectificationStatus.IN_HAND;
import static io.keyprojects.assessment.supervision.RectificationStatus.ISSUED;
import static io.keyprojects.assessment.supervision.RectificationStatus.RECHECKED;
import static io.keyprojects.assessment.supervision.RectificationStatus.REPORTED_BACK;
import static io.keyprojects.assessment.supervision.RectificationStatus.SIGNED_FOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RectificationStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "ISSUED, SIGNED_FOR, true", "ISSUED, IN_HAND, false", "ISSUED, CLOSED, false",
            "SIGNED_FOR, IN_HAND, true", "SIGNED_FOR, REPORTED_BACK, false",
            "IN_HAND, REPORTED_BACK, true", "IN_HAND, CLOSED, false",
            "REPORTED_BACK, RECHECKED, true", "REPORTED_BACK, IN_HAND, true", "REPORTED_BACK, CLOSED, false",
            "RECHECKED, CLOSED, true", "RECHECKED, IN_HAND, false",
            "CLOSED, ISSUED, false", "CLOSED, IN_HAND, false"})
    void each_move_is_allowed_or_refused(RectificationStatus from, RectificationStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @Test
    void the_whole_chain_and_a_failed_recheck() {
        assertEquals(Set.of(SIGNED_FOR), ISSUED.allowedMoves());
        assertEquals(EnumSet.of(IN_HAND, RECHECKED), REPORTED_BACK.allowedMoves());
        assertEquals(Set.of(), CLOSED.allowedMoves());
    }

    @Test
    void the_unit_works_the_order_and_the_bureau_rechecks_and_closes() {
        assertEquals(false, ISSUED.isSupervisorMove(SIGNED_FOR));
        assertEquals(false, IN_HAND.isSupervisorMove(REPORTED_BACK));
        assertEquals(true, REPORTED_BACK.isSupervisorMove(RECHECKED));
        assertEquals(true, REPORTED_BACK.isSupervisorMove(IN_HAND));
        assertEquals(true, RECHECKED.isSupervisorMove(CLOSED));
    }
}
