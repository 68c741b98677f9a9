package io.keyprojects.system;

import io.keyprojects.testing.WebhookReceiver.Call;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a receiver got from the webhook queue, held against what it should have got. Deliveries are at-least-once with
 * the event id as the idempotency key ({@code webhook-id}): an instance takes a delivery for a lease, calls, then
 * records the outcome, so an instance killed after calling and before recording leaves a take without an outcome, and
 * the delivery is taken and sent again when the lease ends. The rule: a repeated {@code webhook-id} is allowed only
 * for a delivery the queue shows taken without an outcome recorded (its count of takes is above its logged attempts)
 * and whose first call reached the receiver before the kill ended, one extra call for each such lost take. Every
 * other repeat is a duplicate the design does not allow.
 *
 * @param expected    event ids the endpoint should receive (from the producers' outboxes)
 * @param delivered   expected event ids the receiver got at least once
 * @param unexpected  event ids the receiver got that it should not have
 * @param calls       every call the receiver got
 * @param repeats     calls beyond the first for an event id
 * @param allowed     of the repeats, those the rule allows
 * @param lostTakes   takes of the endpoint's deliveries whose outcome was never recorded
 * @param unsigned    calls whose signature did not verify under the endpoint's secret
 */
record WebhookTally(int expected, int delivered, int unexpected, int calls, int repeats, int allowed, int lostTakes, int unsigned) {

    /** One delivery of the queue: its event, how many times it was taken, how many attempts were logged. */
    record Queued(String eventId, int takes, int loggedAttempts) {
        int lostTakes() {
            return Math.max(0, takes - loggedAttempts);
        }
    }

    static WebhookTally of(Set<String> expectedIds, List<Call> received, List<Queued> queue, long killEnded) {
        Map<String, Integer> times = new HashMap<>();
        Map<String, Long> firstAt = new HashMap<>();
        for (Call call : received) {
            times.merge(call.id(), 1, Integer::sum);
            firstAt.merge(call.id(), call.receivedAt(), Math::min);
        }
        Map<String, Integer> lost = new HashMap<>();
        queue.forEach(q -> lost.merge(q.eventId(), q.lostTakes(), Integer::sum));
        int repeats = 0;
        int allowed = 0;
        for (var e : times.entrySet()) {
            int extra = e.getValue() - 1;
            repeats += extra;
            if (extra > 0 && firstAt.get(e.getKey()) <= killEnded) {
                allowed += Math.min(extra, lost.getOrDefault(e.getKey(), 0));
            }
        }
        int delivered = (int) expectedIds.stream().filter(times::containsKey).count();
        int unexpected = (int) times.keySet().stream().filter(id -> !expectedIds.contains(id)).count();
        int unsigned = (int) received.stream().filter(c -> !c.verified()).count();
        return new WebhookTally(expectedIds.size(), delivered, unexpected, received.size(), repeats, allowed,
                lost.values().stream().mapToInt(Integer::intValue).sum(), unsigned);
    }

    int missing() {
        return expected - delivered;
    }

    /** Repeated calls the rule does not allow. */
    int duplicates() {
        return repeats - allowed;
    }
}
