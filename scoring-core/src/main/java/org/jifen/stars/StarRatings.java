package org.jifen.stars;

import java.util.List;
import java.util.Map;

/**
 * A village's star households for a period: which months are finalised (only those count), the village's levels,
 * every household's stars (highest points first), and how many households have each number of stars.
 */
public record StarRatings(String village, String villageName, String period, String label,
        List<String> finalisedMonths, StarSchemeView scheme, List<StarRating> households,
        Map<Integer, Integer> householdsByStars) {
}
