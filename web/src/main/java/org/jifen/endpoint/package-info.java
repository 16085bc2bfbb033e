/**
 * What an endpoint declares about itself, on its controller method: the act it puts into the audit log
 * ({@link org.jifen.endpoint.AuditedAct}) and the refusals it can give ({@link org.jifen.endpoint.Refuses}). It
 * depends on nothing but the refusals, so every feature's controllers can use it without depending on the web layer
 * that reads it (ADR 0141).
 */
@NullMarked
package org.jifen.endpoint;

import org.jspecify.annotations.NullMarked;
