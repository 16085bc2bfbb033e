package org.jifen.engine;

import java.time.YearMonth;

/**
 * The period a rule's {@code @cap} applies to: {@code @capPer("month")} (the default), quarter, year, or ever (a
 * household's whole history: "一次性" items such as 参军入伍, whose cap is their points, ADR 0120).
 */
public enum CapWindow {
    MONTH, QUARTER, YEAR, EVER;

    /** Before any month a village can record: where an "ever" window starts. */
    private static final YearMonth BEGINNING = YearMonth.of(1900, 1);

    /** The first month of the window that holds this month. */
    public YearMonth start(YearMonth month) {
        return switch (this) {
            case MONTH -> month;
            case QUARTER -> YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1);
            case YEAR -> YearMonth.of(month.getYear(), 1);
            case EVER -> BEGINNING;
        };
    }

    /** The last month of the window that holds this month; an "ever" window has none a village can record in. */
    public YearMonth end(YearMonth month) {
        return switch (this) {
            case MONTH -> month;
            case QUARTER -> start(month).plusMonths(2);
            case YEAR -> YearMonth.of(month.getYear(), 12);
            case EVER -> YearMonth.of(9999, 12);
        };
    }

    /** How a clerk says the window before a cap: 每月, 每季度, 每年, 累计. */
    public String said() {
        return switch (this) {
            case MONTH -> "每月";
            case QUARTER -> "每季度";
            case YEAR -> "每年";
            case EVER -> "累计";
        };
    }

    /** The window as {@code @capPer} names it, in English or as a clerk writes it; null when it names none. */
    public static @org.jspecify.annotations.Nullable CapWindow named(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "month", "月", "每月" -> MONTH;
            case "quarter", "季度", "每季度" -> QUARTER;
            case "year", "年", "每年" -> YEAR;
            case "ever", "永久", "一次性" -> EVER;
            default -> null;
        };
    }
}
