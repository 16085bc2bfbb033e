/**
 * Activating a plan version from a month on (ADR 0055, 0056): which months may be given, re-scoring the open months it
 * reaches, and the dry run that shows what that would change, household by household, before anything is written.
 */
@NullMarked
package org.jifen.activation;

import org.jspecify.annotations.NullMarked;
