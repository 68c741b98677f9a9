package io.keyprojects.gateway.resilience;

import io.keyprojects.gateway.settings.GatewaySettings;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Asks every instance of every service for its readiness ({@code /q/health/ready}) every 500 ms: one that does not
 * answer 200 within the timeout leaves the rotation, one that does comes back (with a closed circuit). So a dead or
 * stopped instance is out within a check's interval plus its timeout, and a restarted one is back within an interval
 * of being ready, whatever its circuit said. Its own small connection pool: a check never waits behind requests.
 */
@ApplicationScoped
public class InstanceHealthChecks {
    private static final Logger LOG = Logger.getLogger(InstanceHealthChecks.class);
    private final Vertx vertx;
    private final InstancePools pools;
    private final GatewaySettings.HealthCheck settings;
    private HttpClient client;
    private long timer = -1;

    InstanceHealthChecks(Vertx vertx, InstancePools pools, GatewaySettings settings) {
        this.vertx = vertx;
        this.pools = pools;
        this.settings = settings.healthCheck();
    }

    void start(@Observes StartupEvent started) {
        if (!settings.enabled()) {
            return;
        }
        client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(2).setKeepAlive(true)
                .setConnectTimeout((int) settings.timeout().toMillis()));
        timer = vertx.setPeriodic(settings.interval().toMillis(), id -> checkAll());
    }

    @PreDestroy
    void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (client != null) {
            client.close();
        }
    }

    private void checkAll() {
        for (InstancePool pool : pools.all()) {
            for (BalancedInstance member : pool.members()) {
                check(pool, member);
            }
        }
    }

    private void check(InstancePool pool, BalancedInstance member) {
        if (!member.startCheck()) {
            return;
        }
        var instance = member.instance();
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(instance.host()).setPort(instance.port())
                        .setSsl(instance.ssl()).setURI(settings.path()).setIdleTimeout(settings.timeout().toMillis()))
                .compose(request -> request.send())
                .compose(InstanceHealthChecks::status)
                .onComplete(outcome -> {
                    member.endCheck();
                    if (outcome.succeeded() && outcome.result() == 200) {
                        if (member.readmit()) {
                            LOG.infof("%s instance %s is ready: back in rotation", pool.upstream().name(), member);
                        }
                    } else if (member.eject()) {
                        LOG.warnf("%s instance %s failed its health check (%s): out of rotation", pool.upstream().name(), member,
                                outcome.succeeded() ? "status " + outcome.result() : outcome.cause().getMessage());
                    }
                });
    }

    private static Future<Integer> status(HttpClientResponse response) {
        return response.body().map(ignored -> response.statusCode());
    }
}
