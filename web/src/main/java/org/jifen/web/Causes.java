package org.jifen.web;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Spring and Hibernate wrap a driver's failure differently depending on where it struck (opening the transaction, a
 * statement, the commit), so what a failure means is decided by searching its whole chain of causes.
 */
final class Causes {

    private Causes() {
    }

    static boolean anyOf(@Nullable Throwable failure, Predicate<Throwable> meaning) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (meaning.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
