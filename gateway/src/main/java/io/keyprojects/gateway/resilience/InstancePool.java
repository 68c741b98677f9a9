package io.keyprojects.gateway.resilience;

import io.keyprojects.gateway.upstream.Instance;
import io.keyprojects.gateway.upstream.Upstream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The instances of one service and the choice among them: round-robin over those in rotation whose circuit lets
 * a call through, preferring one this request has not tried yet (a retry goes to another instance). When every
 * instance is ejected the health checks may be wrong (a readiness that depends on something the requests do not
 * need), so all are tried and only their circuits decide, as with a single instance. Plain logic, clock injected.
 */
public final class InstancePool {
    private final Upstream upstream;
    private final List<BalancedInstance> members;
    private final AtomicInteger next = new AtomicInteger();

    public InstancePool(Upstream upstream, int failureThreshold, long openForMillis, long minFailureSpanMillis, LongSupplier nanoClock) {
        this.upstream = upstream;
        this.members = upstream.instances().stream()
                .map(instance -> new BalancedInstance(instance,
                        new CircuitBreaker(failureThreshold, openForMillis, minFailureSpanMillis, nanoClock)))
                .toList();
    }

    public Upstream upstream() {
        return upstream;
    }

    public List<BalancedInstance> members() {
        return members;
    }

    /** The instance for the next call, its circuit already passed; empty when every candidate's circuit is open. */
    public Optional<BalancedInstance> choose(Set<Instance> tried) {
        return pick(tried, true);
    }

    /** The same choice without consulting the circuits (the gateway's start-up work, which retries by itself). */
    public Optional<BalancedInstance> chooseOutsideCircuits(Set<Instance> tried) {
        return pick(tried, false);
    }

    private Optional<BalancedInstance> pick(Set<Instance> tried, boolean throughCircuit) {
        if (members.size() == 1 && tried.isEmpty()) { // one instance, first attempt: the common case, nothing to choose
            BalancedInstance only = members.get(0);
            return !throughCircuit || only.circuit().tryAcquire() ? Optional.of(only) : Optional.empty();
        }
        List<BalancedInstance> inRotation = members.stream().filter(m -> !m.ejected()).toList();
        List<BalancedInstance> candidates = inRotation.isEmpty() ? members : inRotation;
        List<BalancedInstance> untried = candidates.stream().filter(m -> !tried.contains(m.instance())).toList();
        if (!untried.isEmpty()) {
            candidates = untried;
        }
        int size = candidates.size();
        int start = Math.floorMod(next.getAndIncrement(), size);
        for (int i = 0; i < size; i++) {
            BalancedInstance member = candidates.get((start + i) % size);
            if (!throughCircuit || member.circuit().tryAcquire()) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    /** Seconds until some instance's circuit lets a trial call through (for {@code Retry-After}). */
    public long retryAfterSeconds() {
        return members.stream().mapToLong(m -> m.circuit().retryAfterSeconds()).min().orElse(1);
    }
}
