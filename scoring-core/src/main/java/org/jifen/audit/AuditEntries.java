package org.jifen.audit;

import org.springframework.data.repository.Repository;

/** The audit log's rows: appended and read, never updated or deleted (no such method exists here). */
interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);
}
