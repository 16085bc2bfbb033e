package org.jifen.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jifen.engine.FiredAward;

/**
 * The difference between the month-end awards that stand and what the month-end rules give now, matched as a
 * multiset on rule, kind, points and category: standing awards the rules no longer give are to be reversed, awards
 * the rules give that nothing stands for are to be added, and matching ones are left alone.
 */
record Reconciliation<T>(List<T> toReverse, List<FiredAward> toAdd) {

    static <T> Reconciliation<T> of(List<T> standing, Function<T, FiredAward> asFired, List<FiredAward> wanted) {
        List<FiredAward> unmatched = new ArrayList<>(wanted);
        List<T> toReverse = new ArrayList<>();
        for (T award : standing) {
            if (!unmatched.remove(asFired.apply(award))) {
                toReverse.add(award);
            }
        }
        return new Reconciliation<>(List.copyOf(toReverse), List.copyOf(unmatched));
    }
}
