package org.jifen.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The audit log's rows: appended and read, never updated or deleted (no such method exists here). */
interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByChainSeqGreaterThanOrderByChainSeq(long after, Pageable page);
}
