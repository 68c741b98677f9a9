package io.keyprojects.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.system.WebhookTally.Queued;
import io.keyprojects.testing.WebhookReceiver.Call;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule by which ScaleOutIT tells a redelivery the kill caused from a duplicate the design does not allow. */
class WebhookTallyTest {
    private static final long KILL_ENDED = 1_000;

    private static Call call(String id, long at) {
        return new Call(id, 0, "v1,x", "{}", "application/cloudevents+json", true, List.of("whsec_x"), null, at);
    }

    @Test
    void a_repeat_of_a_delivery_whose_take_was_lost_when_the_first_call_came_before_the_kill_is_allowed() {
        WebhookTally tally = WebhookTally.of(Set.of("a", "b"), List.of(call("a", 900), call("b", 950), call("a", 5_000)),
                List.of(new Queued("a", 2, 1), new Queued("b", 1, 1)), KILL_ENDED);

        assertEquals(1, tally.repeats());
        assertEquals(1, tally.allowed());
        assertEquals(0, tally.duplicates());
        assertEquals(1, tally.lostTakes());
        assertEquals(0, tally.missing());
    }

    @Test
    void a_repeat_of_a_delivery_whose_every_take_was_recorded_is_a_duplicate() {
        WebhookTally tally = WebhookTally.of(Set.of("a"), List.of(call("a", 900), call("a", 5_000)), List.of(new Queued("a", 2, 2)), KILL_ENDED);

        assertEquals(1, tally.duplicates());
    }

    @Test
    void a_repeat_whose_first_call_came_after_the_kill_is_a_duplicate_even_with_a_lost_take() {
        WebhookTally tally = WebhookTally.of(Set.of("a"), List.of(call("a", 2_000), call("a", 5_000)), List.of(new Queued("a", 3, 2)), KILL_ENDED);

        assertEquals(1, tally.duplicates());
    }

    @Test
    void one_lost_take_allows_one_repeat_only() {
        WebhookTally tally = WebhookTally.of(Set.of("a"), List.of(call("a", 900), call("a", 5_000), call("a", 6_000)),
                List.of(new Queued("a", 3, 2)), KILL_ENDED);

        assertEquals(2, tally.repeats());
        assertEquals(1, tally.duplicates());
    }

    @Test
    void events_never_received_are_missing_and_events_not_subscribed_are_unexpected() {
        WebhookTally tally = WebhookTally.of(Set.of("a", "b"), List.of(call("a", 900), call("z", 950)), List.of(), KILL_ENDED);

        assertEquals(1, tally.missing());
        assertEquals(1, tally.unexpected());
    }
}
