package io.keyprojects.gateway.accesslog;

import java.util.function.DoubleSupplier;

/**
 * Which requests the access log writes down under load: a share of the successful ones (2xx), and every other —
 * a refusal, a client error, a failure or a redirect is never sampled away. Rate 1 keeps everything.
 */
final class AccessLogSampling {
    private final double rate;
    private final DoubleSupplier random;

    AccessLogSampling(double rate, DoubleSupplier random) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("the access log's sample rate is a share between 0 and 1, not " + rate);
        }
        this.rate = rate;
        this.random = random;
    }

    boolean keeps(int status) {
        return status / 100 != 2 || rate >= 1 || (rate > 0 && random.getAsDouble() < rate);
    }
}
