package org.jifen.cases;

import java.time.Instant;

/** A year's demonstration base: the village, why, who selected it when, and how many of its cases are published. */
public record DemonstrationBaseView(int year, String village, String villageName, String reason, String selectedBy,
        Instant selectedAt, long publishedCases) {
}
