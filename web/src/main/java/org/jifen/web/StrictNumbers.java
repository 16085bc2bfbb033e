package org.jifen.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Ids and counts in paths and parameters are written in decimal. Spring's own number editor also reads {@code 0x10}
 * and {@code #10} as 16, so a mistyped id could name another record (the fuzzing test's {@code 0x10} reviewed case
 * 16); now anything but digits, with an optional minus, is a 400 like any other malformed value. An editor, not a
 * converter: when a converter refuses, Spring falls back to its default editors, which would read 0x10 after all.
 * An empty value (a form's number field left blank) is no number.
 */
@ControllerAdvice
class StrictNumbers {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,19}");

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Decimal<>(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new Decimal<>(Long::valueOf, true));
        binder.registerCustomEditor(int.class, new Decimal<>(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new Decimal<>(Integer::valueOf, true));
    }

    private static final class Decimal<T> extends PropertyEditorSupport {

        private final Function<String, T> parse;
        private final boolean blankIsNull;

        Decimal(Function<String, T> parse, boolean blankIsNull) {
            this.parse = parse;
            this.blankIsNull = blankIsNull;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                if (!blankIsNull) {
                    throw new IllegalArgumentException("a whole number is needed");
                }
                setValue(null);
                return;
            }
            String trimmed = text.strip();
            if (!DECIMAL.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("not a decimal whole number: " + text);
            }
            setValue(parse.apply(trimmed));
        }
    }
}
