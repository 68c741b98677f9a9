package io.keyprojects.gateway.publicity;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.PublicBulletinPublished;
import io.keyprojects.contracts.data.PublicityPublished;
import io.keyprojects.testing.TestSigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for the feed's durable store (assessment-service's stored events at
 * {@code /internal/public-feed/events}, paged by cursor, and a bulletin's public page) and for the registry's project
 * list. What it stores is on no Kafka topic: as if retention had dropped it long ago.
 */
public class FeedStoreUpstreamResource implements QuarkusTestResourceLifecycleManager {
    static final UUID PARK = UUID.fromString("7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d");
    static final String PARK_CODE = "2025-ZD-701";
    static final UUID BULLETIN = UUID.fromString("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    static final UUID EXPOSURE = UUID.fromString("1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a");
    /** The store, in the order it received the events; an event from a source that does not own its type is among them. */
    static final List<String> STORED = List.of(
            event(EventType.PROJECT_REGISTERED, PARK, new ProjectRegistered(PARK, PARK_CODE, "滨河公园", "ECOLOGY", 2025, "ZJJ", "王副县长",
                    List.of("JTJ"), "城东街道", new BigDecimal("8000"), new BigDecimal("5000"), LocalDate.parse("2025-03-01"),
                    LocalDate.parse("2025-12-31"), "PREPARATION", BigDecimal.ZERO, 1, "commander"), null),
            event(EventType.PROJECT_PHASE_CHANGED, PARK, new ProjectPhaseChanged(PARK, PARK_CODE, "ZJJ", "PREPARATION", "UNDER_CONSTRUCTION",
                    LocalDate.parse("2025-04-01"), null, BigDecimal.ZERO, 2, "王副县长", null), null),
            event(EventType.PUBLIC_BULLETIN_PUBLISHED, BULLETIN, new PublicBulletinPublished(BULLETIN, "2025-05", "2025-05 重点工程督查通报",
                    "统计至 2025-05-31：进度滞后项目 1 个。", List.of(PARK_CODE), List.of("住建局"), List.of(), Instant.parse("2025-06-01T00:00:00Z")), null),
            event(EventType.PUBLICITY_PUBLISHED, EXPOSURE, new PublicityPublished(EXPOSURE, PublicityPublished.EXPOSURE, PARK, PARK_CODE, "滨河公园",
                    "滨河公园项目阻挠施工问题", "个别人员阻挠施工，已依法处理。", Instant.parse("2025-06-10T02:00:00Z")), null),
            // forged: only projects-service writes a project's history
            event(EventType.PROJECT_PHASE_CHANGED, PARK, new ProjectPhaseChanged(PARK, PARK_CODE, "ZJJ", "UNDER_CONSTRUCTION", "COMPLETED",
                    LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-20"), BigDecimal.TEN, 3, "x", null), "/issues-service"));
    private Vertx vertx;

    private static String event(EventType type, UUID subject, Object data, String forgedSource) {
        CloudEvent e = CloudEvent.of(type, subject.toString(), EventJson.MAPPER.valueToTree(data), Instant.parse("2025-06-30T00:00:00Z"));
        if (forgedSource != null) {
            e = new CloudEvent(e.specversion(), e.id(), forgedSource, e.type(), e.subject(), e.time(), e.datacontenttype(), e.dataschema(), e.data());
        }
        return EventJson.write(e);
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        var server = vertx.createHttpServer().requestHandler(request -> {
            var response = request.response();
            if (request.path().equals("/internal/public-feed/events")) {
                long after = Long.parseLong(request.getParam("after", "0"));
                int limit = Integer.parseInt(request.getParam("limit", "1000"));
                JsonArray events = new JsonArray();
                long last = after;
                for (int seq = (int) after + 1; seq <= STORED.size() && events.size() < limit; seq++) {
                    events.add(new JsonObject(STORED.get(seq - 1)));
                    last = seq;
                }
                response.putHeader("Content-Type", "application/json").end(new JsonObject().put("events", events).put("last", last).encode());
            } else if (request.path().equals("/api/supervision/bulletins/" + BULLETIN + "/public.html")) {
                response.putHeader("Content-Type", "text/html;charset=UTF-8").end("<!DOCTYPE html><html lang=\"zh-CN\"><body><h1>2025-05 重点工程督查通报</h1>"
                        + "<p class=\"note\">公开版</p></body></html>");
            } else if (request.path().equals("/api/projects") && PARK_CODE.equals(request.getParam("q"))) {
                response.putHeader("Content-Type", "application/json").end(new JsonObject().put("items", new JsonArray().add(new JsonObject()
                        .put("id", PARK.toString()).put("code", PARK_CODE).put("name", "滨河公园").put("category", "ECOLOGY").put("year", 2025)
                        .put("leadOfficial", "王副县长").put("phase", "UNDER_CONSTRUCTION").put("createdBy", "commander")))
                        .put("page", 0).put("size", 50).put("total", 1).encode());
            } else if (request.path().equals("/api/projects")) {
                response.putHeader("Content-Type", "application/json").end("{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
            } else {
                response.setStatusCode(404).putHeader("Content-Type", "application/problem+json").end("{\"status\":404}");
            }
        });
        int port;
        try {
            port = server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> config = new HashMap<>();
        for (String service : List.of("projects", "issues", "assessment", "notifications")) {
            config.put("kp.gateway.upstreams." + service, "http://localhost:" + port);
        }
        // no broker: everything the feed shows must come from the store (as after Kafka's retention dropped it)
        config.put("kafka.bootstrap.servers", "127.0.0.1:1");
        config.put("kp.gateway.feed.enabled", "true");
        config.put("kp.gateway.api-keys.file", Path.of("target", "api-keys-" + UUID.randomUUID() + ".json").toAbsolutePath().toString());
        config.put("mp.jwt.verify.publickey.location", TestSigningKeys.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", TestSigningKeys.ISSUER);
        config.put("smallrye.jwt.sign.key.location", TestSigningKeys.privateKeyFile().toUri().toString());
        config.put("smallrye.jwt.new-token.issuer", TestSigningKeys.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
