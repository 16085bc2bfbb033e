package org.jifen.web;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Months in paths and parameters are {@code yyyy-MM} with a four-digit year. {@code YearMonth.parse} also takes
 * {@code +99999-01}, which no column (score_month varchar(7)) can hold, so a stray sign became a 500; now it is a
 * 400 like any other month that is not a month. An empty value (a form's month field left blank) is no month.
 */
@Configuration
class StrictMonths implements WebMvcConfigurer {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, YearMonth.class, text -> {
            if (text.isBlank()) {
                return null;
            }
            if (!MONTH.matcher(text).matches()) {
                throw new IllegalArgumentException("not a month of the form yyyy-MM: " + text);
            }
            return YearMonth.parse(text);
        });
    }
}
