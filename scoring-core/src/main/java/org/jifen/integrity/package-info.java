/**
 * Integrity in one place: SHA-256 as Jifen shows it, and the hash chains that make the points ledger, the audit log
 * and the evidence store tamper-evident. Every chain appends through {@link org.jifen.integrity.ChainedAppend} (one
 * head row per chain, locked by each append), links each entry by a versioned, unambiguous encoding
 * ({@link org.jifen.integrity.LinkFormat}, ADR 0180) and is checked by {@link org.jifen.integrity.HashChain}.
 */
@NullMarked
package org.jifen.integrity;

import org.jspecify.annotations.NullMarked;
