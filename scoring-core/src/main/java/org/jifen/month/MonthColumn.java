package org.jifen.month;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Every {@link YearMonth} attribute is stored as its text, {@code yyyy-MM} (ADR 0210): the columns (score_month,
 * from_month, varchar(7)) keep what they always held, so rows written before read the same, and months compare and
 * sort in the database as they did. Hibernate has no type of its own for a month.
 */
@Converter(autoApply = true)
class MonthColumn implements AttributeConverter<YearMonth, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable YearMonth month) {
        return month == null ? null : month.toString();
    }

    @Override
    public @Nullable YearMonth convertToEntityAttribute(@Nullable String month) {
        return month == null ? null : YearMonth.parse(month);
    }
}
