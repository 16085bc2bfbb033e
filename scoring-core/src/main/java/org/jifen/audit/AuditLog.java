package org.jifen.audit;

import io.micrometer.core.annotation.Timed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.integrity.ChainKey;
import org.jifen.integrity.ChainRows;
import org.jifen.integrity.ChainedAppend;
import org.jifen.integrity.HashChain;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends acts to the audit log, stamped with the service clock and chained by hash, reads it back newest first, and
 * verifies the chain. An act done in a transaction is appended in that same transaction, so it is logged exactly when
 * it is committed; appends take turns on the chain's head (ADR 0037).
 */
@Service
public class AuditLog {

    /** Details are a few values; a list that outgrows the column is replaced by a note that it was cut. */
    static final int MAX_DETAILS = 4000;

    /** The township's one audit chain. */
    static final ChainKey CHAIN = ChainKey.township("audit");

    private final AuditEntries entries;
    private final ChainedAppend chains;
    private final Villages villages;
    private final EntityManager entityManager;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditEntries entries, ChainedAppend chains, Villages villages, EntityManager entityManager, JsonMapper json,
            Clock clock) {
        this.entries = entries;
        this.chains = chains;
        this.villages = villages;
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    @Timed(value = "jifen.chain.append", extraTags = {"chain", "audit"}, description = "Appending to a hash chain")
    public AuditEntry append(AuditedAct act) {
        Long villageId = act.villageCode() == null ? null
                : villages.findByCode(act.villageCode()).map(Village::id).orElse(null);
        AuditEntry entry = new AuditEntry(act, clock.instant(), villageId, details(act.details()));
        return chains.append(CHAIN, entry, new ChainRows<>(AuditEntry::linkFields, AuditEntry::chain, entries::save));
    }

    /** Recomputes the chain from the stored entries, in pages: hashes, positions without gaps, the end at the head. */
    @Transactional(readOnly = true)
    public AuditCheck verify() {
        HashChain.Check check = chains.verify(CHAIN, "审计记录", after -> entries
                .findLinkedAfter(after, PageRequest.ofSize(HashChain.PAGE)).stream()
                .map(LinkedAuditEntry::asChained).toList());
        HashChain.Break broken = check.firstInvalid();
        return new AuditCheck(broken == null, check.entries(),
                broken == null ? null : new AuditCheck.Broken(broken.seq(), broken.entryId(), broken.reason()));
    }

    @Transactional(readOnly = true)
    public AuditPage read(AuditQuery query) {
        if (query.village() != null && villages.findByCode(query.village()).isEmpty()) {
            throw new VillageNotFound(query.village());
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(matching(cb, entry, query))
                .orderBy(cb.desc(entry.get("actedAt")), cb.desc(entry.get("id")));
        List<AuditEntry> page = entityManager.createQuery(select)
                .setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(matching(cb, counted, query));
        return new AuditPage(page, query.page(), query.size(), entityManager.createQuery(count).getSingleResult());
    }

    private Predicate[] matching(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.village() != null) {
            where.add(cb.equal(entry.get("villageCode"), query.village()));
        }
        if (query.act() != null) {
            where.add(cb.equal(entry.get("actCode"), query.act()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.<Instant>get("actedAt"), startOf(query.from())));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(entry.<Instant>get("actedAt"), startOf(query.to().plusDays(1))));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Days are the township's days, as everywhere in the service. */
    private Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private String details(Map<String, @Nullable Object> details) {
        String written = json.writeValueAsString(details);
        return written.length() <= MAX_DETAILS ? written
                : json.writeValueAsString(Map.of("truncated", true, "keys", List.copyOf(details.keySet())));
    }
}
