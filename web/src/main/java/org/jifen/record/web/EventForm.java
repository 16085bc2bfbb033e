package org.jifen.record.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jifen.problem.MalformedRequest;
import org.jifen.problem.WholeNumber;
import org.jifen.scoring.RecordEvent;
import org.jifen.web.FormFields;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The record form's fields as the {@link RecordEvent} the API takes, checked by the same constraints: {@code eventId},
 * {@code type}, {@code occurredOn} (today when left empty), {@code quantity}, {@code note}, and one {@code attr:名称}
 * field per attribute the type asks for (empty ones left out).
 */
@Component
class EventForm {

    static final String ATTRIBUTE = "attr:";
    /** The longest note, as {@link RecordEvent} allows. */
    static final int NOTE_CHARS = 500;

    private final Validator validator;

    EventForm(Validator validator) {
        this.validator = validator;
    }

    RecordEvent read(long householdId, MultiValueMap<String, String> fields, LocalDate today) {
        Map<String, String> attributes = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(ATTRIBUTE) && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
                attributes.put(name.substring(ATTRIBUTE.length()), values.get(0).strip());
            }
        });
        String occurred = text(fields, "occurredOn");
        LocalDate occurredOn;
        try {
            occurredOn = occurred == null ? today : LocalDate.parse(occurred);
        } catch (DateTimeParseException notADate) {
            throw new MalformedRequest("日期格式不对，请按 2024-07-15 的样子填写");
        }
        String written = text(fields, "quantity");
        WholeNumber number = WholeNumber.read(written, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (written != null && number.value() == null) {
            throw new MalformedRequest(number.outOfRange() == null ? "数量须是整数"
                    : "数量「" + written.strip() + "」" + number.outOfRange());
        }
        Integer quantity = number.value() == null ? null : number.value().intValue();
        String type = text(fields, "type");
        if (type == null) {
            throw new MalformedRequest("请选择事件类型");
        }
        String note = text(fields, "note");
        if (note != null) {
            FormFields.refuseLonger("备注", note, NOTE_CHARS);
        }
        RecordEvent event = new RecordEvent(String.valueOf(text(fields, "eventId")), householdId, type, occurredOn,
                quantity, attributes, text(fields, "note"));
        var violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw MalformedRequest.of(violations.stream()
                    .map(v -> new MalformedRequest.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
        return event;
    }

    private static @Nullable String text(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
