package org.jifen.stars;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A village's star households for a period: which months are finalised (only those count), whether they are all of
 * the period's months ({@code complete}; when not, {@code draftNote} says in Chinese which are missing: the ratings
 * are a draft), the village's levels, every household's stars (highest points first), and how many households have
 * each number of stars.
 */
public record StarRatings(String village, String villageName, String period, String label,
        List<YearMonth> finalisedMonths, boolean complete, @Nullable String draftNote, StarSchemeView scheme,
        List<StarRating> households, Map<Integer, Integer> householdsByStars) {
}
