package org.jifen.audit;

/** How an act ended: done, refused with a problem the caller was told, or failed inside the service. */
public enum AuditOutcome { DONE, REFUSED, FAILED }
