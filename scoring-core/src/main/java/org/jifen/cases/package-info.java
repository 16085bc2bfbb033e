/**
 * Typical cases (典型案例) and the demonstration base (示范基地): villages submit cases with photos and the households
 * or items concerned; the township reviews, shortlists and publishes them, and selects a demonstration base among
 * the pilot villages. Every step with who and when.
 */
@NullMarked
package org.jifen.cases;

import org.jspecify.annotations.NullMarked;
