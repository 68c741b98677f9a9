package io.keyprojects.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.gateway.upstream.Instance;
import io.keyprojects.gateway.upstream.Upstream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InstancePoolTest {
    private static final Instance A = new Instance("a", 8081, false);
    private static final Instance B = new Instance("b", 8081, false);
    private final AtomicLong clock = new AtomicLong();
    private final InstancePool pool = new InstancePool(new Upstream("projects-service", List.of(A, B), Duration.ofSeconds(1)),
            1, 10_000, 0, clock::get);

    @Test
    void calls_alternate_between_the_instances() {
        List<Instance> chosen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            chosen.add(pool.choose(Set.of()).orElseThrow().instance());
        }
        assertEquals(2, chosen.stream().filter(A::equals).count());
        assertEquals(2, chosen.stream().filter(B::equals).count());
    }

    @Test
    void a_retry_goes_to_the_instance_not_tried_yet() {
        for (int i = 0; i < 4; i++) {
            assertEquals(B, pool.choose(Set.of(A)).orElseThrow().instance());
        }
    }

    @Test
    void an_ejected_instance_gets_nothing_until_readmitted_and_comes_back_with_a_closed_circuit() {
        BalancedInstance b = member(B);
        b.circuit().onFailure(); // threshold 1: open for 10 s
        b.eject();
        for (int i = 0; i < 4; i++) {
            assertEquals(A, pool.choose(Set.of()).orElseThrow().instance());
        }
        assertTrue(b.readmit());
        assertEquals(CircuitBreaker.State.CLOSED, b.circuit().state());
    }

    @Test
    void when_every_instance_is_ejected_all_are_tried_and_only_their_circuits_decide() {
        member(A).eject();
        member(B).eject();
        assertTrue(pool.choose(Set.of()).isPresent());
        member(A).circuit().onFailure();
        member(B).circuit().onFailure();
        assertTrue(pool.choose(Set.of()).isEmpty());
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(pool.choose(Set.of()).isPresent(), "a trial call after the circuit's time");
    }

    @Test
    void a_refused_connection_ejects_the_instance_at_once() {
        assertTrue(member(A).failed(new RuntimeException(new java.net.ConnectException("Connection refused"))));
        assertTrue(member(A).ejected());
        assertEquals(false, member(B).failed(new RuntimeException("Connection was closed")));
        assertEquals(false, member(B).ejected());
    }

    private BalancedInstance member(Instance instance) {
        return pool.members().stream().filter(m -> m.instance().equals(instance)).findFirst().orElseThrow();
    }
}
