/** What several features' repositories share about how their statements reach the database. */
@NullMarked
package org.jifen.persistence;

import org.jspecify.annotations.NullMarked;
