package io.keyprojects.gateway.settings;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code kp.gateway.*}: every knob of the gateway (application.properties names the environment variables). */
@ConfigMapping(prefix = "kp.gateway")
public interface GatewaySettings {
    Upstreams upstreams();

    /** How long an upstream may stay silent (no byte) before the request is a 504 problem. */
    Duration upstreamTimeout();

    /** Per-upstream overrides of {@link #upstreamTimeout()}. */
    Timeouts timeouts();

    @WithDefault("2s")
    Duration connectTimeout();

    boolean devTokens();

    Retry retry();

    Circuit circuit();

    HealthCheck healthCheck();

    RateLimit rateLimit();

    ApiKeys apiKeys();

    @WithDefault("true")
    boolean accessLog();

    /** The access log's own file, rotated by size; unset: standard output. */
    Optional<String> accessLogFile();

    /** The largest an access-log file grows before it is rotated (file → file.1 → file.2 …). */
    @WithDefault("10M")
    MemorySize accessLogMaxSize();

    /** How many rotated access-log files are kept beside the current one. */
    @WithDefault("5")
    int accessLogBackups();

    /** The share of successful (2xx) requests logged, 0 to 1; every other status is always logged. */
    @WithDefault("1.0")
    double accessLogSample();

    OpenApi openapi();

    Limits limits();

    Feed feed();

    /**
     * The gateway's public base URL ({@code https://kp.county.gov.cn}, a path prefix allowed): links in answers
     * (Location, Link) are written on it. Unset: the request's own scheme and Host.
     */
    Optional<String> publicBaseUrl();

    /** Addresses of the reverse proxies in front of the gateway: only from them are X-Forwarded-Proto/Host/Port believed. */
    Optional<List<String>> trustedProxies();

    /** The public transparency feed, built from projects.events. */
    interface Feed {
        /** Off: the gateway reads no events and the feed stays empty. */
        @WithDefault("true")
        boolean enabled();
    }

    /** What one request may carry; beyond it the gateway answers a 4xx problem before anything else. */
    interface Limits {
        /** Largest request body (declared by Content-Length); a larger one is a 413 problem. */
        @WithDefault("4M")
        MemorySize maxBodySize();

        /** All request headers together; more is a 431 problem. Below the services' own limit (20K). */
        @WithDefault("16K")
        MemorySize maxHeaderSize();

        /** Longest request URI (path and query); longer is a 414 problem. */
        @WithDefault("8192")
        int maxUriLength();
    }

    interface OpenApi {
        /** How often the services' documents are fetched again (read by the scheduler as {@code 60s}-style text). */
        @WithDefault("60s")
        String refresh();
    }

    /** Each service's base URL, or several separated by commas: its instances, balanced round-robin. */
    interface Upstreams {
        String projects();

        String issues();

        String assessment();

        String notifications();
    }

    interface Timeouts {
        Optional<Duration> projects();

        Optional<Duration> issues();

        Optional<Duration> assessment();

        Optional<Duration> notifications();
    }

    /** Retries of idempotent reads (GET, HEAD) after a transport failure; writes are never retried. */
    interface Retry {
        @WithDefault("2")
        int maxRetries();

        @WithDefault("50ms")
        Duration backoff();
    }

    interface Circuit {
        /** Consecutive failures that open an upstream's circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** ... and at least this long after the first of them, so a burst of a few milliseconds does not open it. */
        @WithDefault("1s")
        Duration minFailureSpan();

        /** How long an open circuit answers 503 before one trial request is let through. */
        @WithDefault("10s")
        Duration openFor();
    }

    /** The checks that take an instance out of rotation and back in. */
    interface HealthCheck {
        @WithDefault("true")
        boolean enabled();

        /** The instance's readiness: 200 keeps it in rotation, anything else (or nothing in time) ejects it. */
        @WithDefault("/q/health/ready")
        String path();

        @WithDefault("500ms")
        Duration interval();

        /** How long a check may take (connection and answer). */
        @WithDefault("1s")
        Duration timeout();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests per second a client earns. */
        double rate();

        /** Requests a client may send at once after being idle. */
        int burst();
    }

    interface ApiKeys {
        /** The file the hashed keys are kept in (created when the first key is). */
        String file();

        /** Lifetime of the token the gateway signs for an API-key caller, so services verify a token. */
        @WithDefault("5m")
        Duration tokenLifetime();

        /** How often the file is checked for changes made by another gateway instance. */
        @WithDefault("5s")
        String reload();

        /** Roles a key may carry. */
        @WithDefault("department,portal,supervisor,auditor")
        List<String> allowedRoles();
    }
}
