package io.keyprojects.assessment.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.scoring.ScoringInputs;
import io.keyprojects.assessment.support.Feed;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The live facts move on by the events that arrived since, and are what a replay from the start makes. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class LiveFactsTest {
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final AssessmentPeriod PERIOD = AssessmentPeriod.parse("2018");
    private static final LocalDate DAY = LocalDate.parse("2018-09-30");

    @Inject
    EventLog log;

    private EventLog.Replayed now() {
        return log.factsAsOf(Instant.now(), COUNTY).await().indefinitely();
    }

    @Test
    void events_that_arrive_after_a_live_replay_are_applied_to_a_copy_and_equal_a_replay_from_the_start() throws Exception {
        String unit = Feed.unit();
        UUID first = Feed.project(unit, 2018, "2018-03-01");
        Feed.awaitStored(1, first);
        EventLog.Replayed before = now();

        UUID second = Feed.project(unit, 2018, "2018-05-01");
        Feed.started(second, unit, "2018-05-03", "10");
        Feed.awaitStored(2, second);
        Instant asOf = Instant.now();
        EventLog.Replayed after = log.factsAsOf(asOf, COUNTY).await().indefinitely();

        assertNotSame(before.facts(), after.facts());
        assertTrue(after.lastSeq() > before.lastSeq());
        assertEquals(1, ScoringInputs.of(before.facts(), unit, PERIOD, DAY).projects().size(), "the earlier facts are left as they were");
        FactSet replayed = new FactSet(COUNTY);
        try (Connection c = Feed.db()) {
            assertEquals(EventLog.replay(c, asOf, replayed, n -> { }), after.events());
        }
        assertEquals(replayed.applied(), after.facts().applied());
        assertEquals(replayed.units(PERIOD), after.facts().units(PERIOD));
        for (String u : replayed.units(PERIOD)) {
            assertEquals(ScoringInputs.of(replayed, u, PERIOD, DAY), ScoringInputs.of(after.facts(), u, PERIOD, DAY));
        }
        assertEquals(2, ScoringInputs.of(after.facts(), unit, PERIOD, DAY).projects().size());

        // asked again for the same (past) instant: nothing new can be in it, so the same facts, no replay
        assertSame(after.facts(), log.factsAsOf(asOf, COUNTY).await().indefinitely().facts());
    }
}
