package io.keyprojects.gateway.resilience;

import io.keyprojects.gateway.upstream.Instance;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One instance of a service as the balancer sees it: in rotation or ejected (by a failed health check or a
 * refused connection), and its own circuit, so one failing instance is shut off without refusing its siblings,
 * and an instance that comes back is not refused for the rest of an open circuit.
 */
public final class BalancedInstance {
    private final Instance instance;
    private final CircuitBreaker circuit;
    private final AtomicBoolean ejected = new AtomicBoolean(false);
    private final AtomicBoolean checking = new AtomicBoolean(false);

    BalancedInstance(Instance instance, CircuitBreaker circuit) {
        this.instance = instance;
        this.circuit = circuit;
    }

    public Instance instance() {
        return instance;
    }

    public CircuitBreaker circuit() {
        return circuit;
    }

    public boolean ejected() {
        return ejected.get();
    }

    /** Out of rotation until a health check finds it ready again. True when it was in rotation until now. */
    public boolean eject() {
        return ejected.compareAndSet(false, true);
    }

    /**
     * Back in rotation, with a closed circuit: the health check has just seen it ready, so whatever opened the
     * circuit (the instance's death) is over. True when it was ejected until now.
     */
    public boolean readmit() {
        if (ejected.compareAndSet(true, false)) {
            circuit.onSuccess();
            return true;
        }
        return false;
    }

    /** The instance answered: a 502/503/504 counts against its circuit (it is failing), anything else for it. */
    public void answered(int status) {
        if (status == 502 || status == 503 || status == 504) {
            circuit.onFailure();
        } else {
            circuit.onSuccess();
        }
    }

    /**
     * No answer: counts against its circuit; a refused connection ejects it at once (nothing listens there, so
     * every call before the next health check would fail the same way). True when that ejected it.
     */
    public boolean failed(Throwable cause) {
        circuit.onFailure();
        return refused(cause) && eject();
    }

    /** The connection was refused: the request never reached the instance. */
    public static boolean refused(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** One health check at a time per instance: a slow check is not stacked with the next ones. */
    boolean startCheck() {
        return checking.compareAndSet(false, true);
    }

    void endCheck() {
        checking.set(false);
    }

    @Override
    public String toString() {
        return instance.baseUrl();
    }
}
