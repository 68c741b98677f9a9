package io.keyprojects.gateway.apikey;

import io.keyprojects.gateway.auth.Client;
import io.keyprojects.gateway.auth.ServiceTokens;
import io.keyprojects.gateway.settings.GatewaySettings;
import io.keyprojects.platform.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * API keys of department systems: created, listed and revoked by the commander, checked on every
 * request from memory (the file is read once at start). A key's caller is forwarded with a short-lived
 * token the gateway signs for the key's unit and roles ({@link ServiceTokens}), because the services
 * verify a token, not keys.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private final ApiKeyFile file;
    private final Map<String, ApiKey> byId = new ConcurrentHashMap<>();
    private final ServiceTokens serviceTokens;
    private final Duration tokenLifetime;
    private final Set<String> allowedRoles;
    private volatile FileTime seen;

    public record Created(ApiKey key, String secret) {
    }

    ApiKeys(GatewaySettings settings, ServiceTokens serviceTokens) {
        this.serviceTokens = serviceTokens;
        this.file = new ApiKeyFile(Path.of(settings.apiKeys().file()));
        this.tokenLifetime = settings.apiKeys().tokenLifetime();
        this.allowedRoles = Set.copyOf(settings.apiKeys().allowedRoles());
        load();
    }

    /**
     * Another gateway instance sharing the file (a mounted volume) may have created or revoked keys: the
     * file is checked every few seconds and read again when it changed. This instance's own changes take
     * effect at once; another instance's within {@code kp.gateway.api-keys.reload}.
     */
    @Scheduled(every = "${kp.gateway.api-keys.reload:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadIfChanged() {
        FileTime modified = file.lastModified();
        if (modified != null && !modified.equals(seen)) {
            load();
        }
    }

    private synchronized void load() {
        FileTime modified = file.lastModified();
        Map<String, ApiKey> fresh = new java.util.HashMap<>();
        for (ApiKey key : file.read()) {
            fresh.put(key.id(), key);
        }
        for (ApiKey key : fresh.values()) {
            if (!key.active()) {
                serviceTokens.forget("key:" + key.id());
            }
        }
        byId.putAll(fresh);
        byId.keySet().retainAll(fresh.keySet());
        seen = modified;
    }

    /** The caller behind {@code presented}, when it is an active key; nothing otherwise. */
    public Optional<Client> authenticate(String presented) {
        var parsed = ApiKeySecrets.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ApiKey key = byId.get(parsed.get().id());
        if (key == null || !key.active() || !ApiKeySecrets.matches(parsed.get().secret(), key.secretHash())) {
            return Optional.empty();
        }
        return Optional.of(new Client("key:" + key.id(), key.roles(), key.unit(), tokenFor(key)));
    }

    public synchronized Created create(String unit, Set<String> roles, String description, String by) {
        Set<String> refused = new LinkedHashSet<>(roles);
        refused.removeAll(allowedRoles);
        if (!refused.isEmpty()) {
            throw ProblemException.badRequest("a key may carry only " + allowedRoles, Map.of("roles", "not allowed: " + refused));
        }
        String id = ApiKeySecrets.newId();
        String secret = ApiKeySecrets.newSecret();
        ApiKey key = new ApiKey(id, unit, Set.copyOf(roles), description, ApiKeySecrets.hash(secret),
                Instant.now(), by, null, null);
        byId.put(id, key);
        persist();
        LOG.infof("API key %s created for unit %s by %s", id, unit, by);
        return new Created(key, ApiKeySecrets.format(id, secret));
    }

    public List<ApiKey> list() {
        List<ApiKey> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(ApiKey::createdAt));
        return all;
    }

    public Optional<ApiKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Takes effect at once: the in-memory record and the key's signed token are gone before this returns. */
    public synchronized ApiKey revoke(String id, String by) {
        ApiKey key = byId.get(id);
        if (key == null) {
            throw ProblemException.notFound("API key", id);
        }
        if (key.active()) {
            key = key.revoke(Instant.now(), by);
            byId.put(id, key);
            serviceTokens.forget("key:" + id);
            persist();
            LOG.infof("API key %s revoked by %s", id, by);
        }
        return key;
    }

    private String tokenFor(ApiKey key) {
        return serviceTokens.authorization("key:" + key.id(), "key:" + key.id() + "@" + key.unit(), key.roles(),
                key.unit(), tokenLifetime, Map.of("apiKey", key.id()));
    }

    private void persist() {
        file.write(list());
        seen = file.lastModified();
    }
}
