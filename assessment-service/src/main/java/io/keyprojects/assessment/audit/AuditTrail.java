package io.keyprojects.assessment.audit;

import io.keyprojects.contracts.audit.AuditEntry;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Appends to and reads the hash-chained audit trail. {@link #append} runs inside the caller's transaction,
 * so an entry exists exactly when the change it records does; a transaction-scoped advisory lock makes
 * concurrent appends (and checkpoints) take turns, so the chain never forks.
 */
@ApplicationScoped
public class AuditTrail {
    static final long CHAIN_LOCK = 0x6b70_6175_6469_7400L; // "kpaudit"
    private static final String COLUMNS = "seq, at, actor, action, subject, details, previous_hash, hash, hash_rule";

    public Uni<AuditEntry> append(String actor, String action, String subject, Object details) {
        String text = CanonicalJson.write(details);
        return Panache.getSession().chain(s -> lock()
                .chain(() -> s.createNativeQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq DESC LIMIT 1", Object[].class)
                        .getResultList())
                .chain(last -> {
                    AuditEntry previous = last.isEmpty() ? null : entry(last.get(0));
                    AuditEntry next = AuditChain.next(previous, Instant.now(), actor, action, subject, text);
                    return s.createNativeQuery("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                            .setParameter(1, next.seq()).setParameter(2, Instant.parse(next.at())).setParameter(3, next.actor())
                            .setParameter(4, next.action()).setParameter(5, next.subject()).setParameter(6, next.details())
                            .setParameter(7, next.previousHash()).setParameter(8, next.hash()).setParameter(9, (short) next.hashRule())
                            .executeUpdate().replaceWith(next);
                }));
    }

    /** Makes appends and checkpoints of concurrent transactions take turns until this transaction ends. */
    static Uni<Void> lock() {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, CHAIN_LOCK).getSingleResult()).replaceWithVoid();
    }

    public Uni<Page<AuditEntry>> page(Instant from, Instant to, PageRequest request) {
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

    /** Every entry in chain order: the leaves of the log's Merkle tree. */
    public Uni<List<AuditEntry>> entries() {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq", Object[].class)
                .getResultList()
                .map(rows -> rows.stream().map(AuditTrail::entry).toList()));
    }

    static AuditEntry entry(Object[] r) {
        return new AuditEntry(((Number) r[0]).longValue(), AuditChain.text(instant(r[1])), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).intValue());
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
