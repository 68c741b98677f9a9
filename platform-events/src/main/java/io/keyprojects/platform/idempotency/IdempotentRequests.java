package io.keyprojects.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for creating POSTs: a retried request returns the first response and creates
 * nothing twice. Use it in a resource method that runs in a transaction ({@code @WithTransaction}):
 *
 * <pre>{@code
 * @POST @WithTransaction
 * public Uni<Response> create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid Thing thing) {
 *     return idempotency.once(key, caller.name(), "POST /api/things", thing,
 *             () -> things.create(thing).map(view -> Response.created(uri(view)).entity(view).build()));
 * }
 * }</pre>
 *
 * <ul>
 *   <li>No key: {@code create} simply runs.</li>
 *   <li>First use of (caller, key): {@code create} runs and its response (status, body, {@code Location},
 *       {@code ETag}) is stored in the same transaction as what it created. If {@code create} fails,
 *       the transaction rolls back and nothing is remembered: a retry runs again.</li>
 *   <li>Same caller and key again, same request ({@code operation} and body equal as JSON): the stored
 *       response is returned, with header {@code Idempotency-Replayed: true}; {@code create} does not run.
 *       A retry that races the first request waits on the key's row until the first commits.</li>
 *   <li>Same caller and key, different operation or body: 422 problem {@code idempotency-key-reused}.</li>
 *   <li>A key is 1..{@value #MAX_KEY_LENGTH} visible ASCII characters (a UUID is ideal); anything else is 400.</li>
 * </ul>
 * Keys belong to a caller: two callers may use the same key without seeing each other's responses.
 * Needs the {@code idempotency_record} table of {@code db/platform/V0_2__idempotency.sql}.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    public static final int MAX_KEY_LENGTH = 200;
    /** For the header's OpenAPI {@code @Parameter(description = ...)}, so every service documents it alike. */
    public static final String DESCRIPTION = "Any unique string of up to 200 visible ASCII characters (a UUID is ideal). "
            + "A retry with the same key returns the first response and creates nothing twice; the same key with a "
            + "different request is a 422 problem.";
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);
    /** Canonical JSON for fingerprints: property order and map order do not make two requests differ. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .findAndAddModules()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final ObjectMapper json;

    IdempotentRequests(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Runs {@code create} once per (caller, key). {@code operation} names the endpoint (e.g.
     * {@code "POST /api/projects/{id}/progress"} with the id filled in); {@code request} is the parsed body.
     */
    public Uni<Response> once(String key, String caller, String operation, Object request, Supplier<Uni<Response>> create) {
        if (key == null) {
            return create.get();
        }
        checkKey(key);
        String fingerprint = fingerprint(operation, request);
        return claim(caller, key, fingerprint).chain(claimed -> claimed
                ? create.get().call(response -> remember(caller, key, response))
                : replay(caller, key, fingerprint));
    }

    /** Inserts the key's row; false when it exists (waits for a concurrent first request to commit). */
    private static Uni<Boolean> claim(String caller, String key, String fingerprint) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO idempotency_record (caller, idem_key, fingerprint, status)
                        VALUES (?1, ?2, ?3, 0) ON CONFLICT DO NOTHING""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private Uni<Void> remember(String caller, String key, Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String body = response.getEntity() == null ? null : write(json, response.getEntity());
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE idempotency_record SET status = ?3, headers = ?4, body = ?5
                        WHERE caller = ?1 AND idem_key = ?2""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, write(json, headers))
                .setParameter(5, body)
                .executeUpdate())
                .replaceWithVoid();
    }

    private Uni<Response> replay(String caller, String key, String fingerprint) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT fingerprint, status, headers, body FROM idempotency_record
                        WHERE caller = ?1 AND idem_key = ?2""", Object[].class)
                .setParameter(1, caller)
                .setParameter(2, key)
                .getSingleResult())
                .map(row -> {
                    if (!fingerprint.equals(row[0])) {
                        throw new ProblemException(Problem.of(422, "idempotency-key-reused", "Idempotency key reused",
                                "this Idempotency-Key was already used for a different request; use a new key for a new request"));
                    }
                    Response.ResponseBuilder replayed = Response.status(((Number) row[1]).intValue())
                            .header(REPLAYED_HEADER, "true");
                    readHeaders((String) row[2]).forEach(replayed::header);
                    if (row[3] != null) {
                        replayed.entity(row[3]).type(MediaType.APPLICATION_JSON_TYPE);
                    }
                    return replayed.build();
                });
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters",
                    Map.of(HEADER, "1 to " + MAX_KEY_LENGTH + " visible ASCII characters, e.g. a UUID"));
        }
    }

    static String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(write(CANONICAL, request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> readHeaders(String headers) {
        try {
            return json.readValue(headers, Map.class);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
