/** The audit log over HTTP, and {@link org.jifen.endpoint.AuditedAct}, which puts a controller's act into it. */
@NullMarked
package org.jifen.audit.web;

import org.jspecify.annotations.NullMarked;
