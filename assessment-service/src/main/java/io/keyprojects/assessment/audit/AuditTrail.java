package io.keyprojects.assessment.audit;

import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Appends to and reads the hash-chained audit trail. {@link #append} runs inside the caller's transaction,
 * so an entry exists exactly when the change it records does; a transaction-scoped advisory lock makes
 * concurrent appends take turns, so the chain never forks.
 */
@ApplicationScoped
public class AuditTrail {
    private static final long CHAIN_LOCK = 0x6b70_6175_6469_7400L; // "kpaudit"
    private static final String COLUMNS = "seq, at, actor, action, subject, details, previous_hash, hash";

    public Uni<AuditChain.Entry> append(String actor, String action, String subject, Object details) {
        String text = CanonicalJson.write(details);
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                        .setParameter(1, CHAIN_LOCK).getSingleResult()
                .chain(() -> s.createNativeQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq DESC LIMIT 1", Object[].class)
                        .getResultList())
                .chain(last -> {
                    AuditChain.Entry previous = last.isEmpty() ? null : entry(last.get(0));
                    AuditChain.Entry next = AuditChain.next(previous, Instant.now(), actor, action, subject, text);
                    return s.createNativeQuery("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                            .setParameter(1, next.seq()).setParameter(2, next.at()).setParameter(3, next.actor())
                            .setParameter(4, next.action()).setParameter(5, next.subject()).setParameter(6, next.details())
                            .setParameter(7, next.previousHash()).setParameter(8, next.hash())
                            .executeUpdate().replaceWith(next);
                }));
    }

    public Uni<Page<AuditChain.Entry>> page(Instant from, Instant to, PageRequest request) {
        Instant lo = from == null ? Instant.EPOCH : from;
        Instant hi = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT " + COLUMNS
                                + " FROM audit_entry WHERE at >= ?1 AND at < ?2 ORDER BY seq LIMIT ?3 OFFSET ?4", Object[].class)
                        .setParameter(1, lo).setParameter(2, hi).setParameter(3, request.size())
                        .setParameter(4, request.page() * request.size())
                        .getResultList()
                .chain(rows -> s.createNativeQuery("SELECT count(*) FROM audit_entry WHERE at >= ?1 AND at < ?2", Long.class)
                        .setParameter(1, lo).setParameter(2, hi).getSingleResult()
                        .map(total -> new Page<>(rows.stream().map(AuditTrail::entry).toList(), request.page(), request.size(),
                                ((Number) total).longValue()))));
    }

    /** Walks the whole chain from the first entry. */
    public Uni<Verification> verify() {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq", Object[].class)
                .getResultList()
                .map(rows -> {
                    List<AuditChain.Entry> entries = rows.stream().map(AuditTrail::entry).toList();
                    Optional<AuditChain.Break> broken = AuditChain.verify(entries);
                    return new Verification(broken.isEmpty(), entries.size(),
                            broken.map(AuditChain.Break::seq).orElse(null), broken.map(AuditChain.Break::reason).orElse(null),
                            entries.isEmpty() ? AuditChain.GENESIS : entries.get(entries.size() - 1).hash());
                }));
    }

    /** The outcome of a walk: intact, or the first broken entry and why. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    @Schema(name = "AuditVerification")
    public record Verification(boolean intact, long entries, Long firstBrokenSeq, String reason, String headHash) {
    }

    private static AuditChain.Entry entry(Object[] r) {
        return new AuditChain.Entry(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7]);
    }

    /** A timestamptz column as the reactive driver hands it over. */
    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
