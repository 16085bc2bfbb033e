package org.jifen.notice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/** Standard competition ranking: the highest score first, equal scores share a rank, and the next rank skips (1, 1, 3). */
public final class Ranking {

    public record Ranked<T>(int rank, T item) {
    }

    private Ranking() {
    }

    /** The items by score, highest first; items with equal scores keep the order they came in. */
    public static <T> List<Ranked<T>> of(List<T> items, ToIntFunction<T> score) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(score).reversed());
        List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = i > 0 && score.applyAsInt(sorted.get(i)) == score.applyAsInt(sorted.get(i - 1));
            ranked.add(new Ranked<>(tied ? ranked.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return List.copyOf(ranked);
    }
}
