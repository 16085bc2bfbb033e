package org.jifen.cases;

import java.time.Instant;

/**
 * A selection of a year's demonstration base: the village, why, who selected it when, how many of its cases are
 * published, and whether it is the year's base now ({@code current}) or was replaced by a later selection
 * ({@code standing} says which in Chinese).
 */
public record DemonstrationBaseView(int year, String village, String villageName, String reason, String selectedBy,
        Instant selectedAt, long publishedCases, boolean current, String standing) {
}
