/** What several features' repositories share about how Hibernate runs their queries. */
@NullMarked
package org.jifen.persistence;

import org.jspecify.annotations.NullMarked;
