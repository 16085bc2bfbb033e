package org.jifen.audit;

import java.util.List;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.jifen.integrity.HashChain;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/** The audit log's rows: appended and read, never updated or deleted (no such method exists here). */
interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** The chain in order, a page at a time, for verification: projections, never entities (ADR 0196). */
    @Query("""
            select new org.jifen.audit.LinkedAuditEntry(a.id, a.chain.seq, a.chain.hash, a.chain.format, a.actedAt,
                a.username, a.role, a.remoteAddress, a.villageId, a.villageCode, a.actCode, a.actLabel, a.target,
                a.outcome, a.problem, a.details)
            from AuditEntry a where a.chain.seq > ?1 order by a.chain.seq""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "" + HashChain.PAGE))
    List<LinkedAuditEntry> findLinkedAfter(long after, Pageable page);
}
