package org.jifen.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request, or one event of a batch, that breaks the constraints of its request record. The one format of every
 * such refusal: the web layer builds it from Spring's binding errors, the batch from Bean Validation's violations,
 * so a field named wrong reads the same wherever it is sent.
 */
public class MalformedRequest extends BadRequest {

    /** One field and what is wrong with it, in the words of its constraint (Chinese: the service's locale). */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public MalformedRequest(String detail) {
        super(detail);
        this.errors = List.of();
    }

    private MalformedRequest(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = errors;
    }

    /** The refusal of a request whose fields break these constraints, sorted by field. */
    public static MalformedRequest of(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList();
        return new MalformedRequest("请求内容不完整或格式不正确：" + sorted.stream()
                .map(error -> shown(error.field()) + " " + error.message()).collect(Collectors.joining("；")), sorted);
    }

    private static final java.util.regex.Pattern MAP_VALUE = java.util.regex.Pattern.compile(
            "(\\w+)\\[(.*)](\\.<map value>)?");
    private static final java.util.regex.Pattern LIST_ELEMENT = java.util.regex.Pattern.compile(
            "(\\w+)\\[(\\d+)](?:\\.<list element>)?");

    /**
     * A field as the message says it (attack tryout 18): a map's value and a list's element in words, not in the
     * validator's path syntax ({@code attributes[级别].<map value>}, {@code tags[0]}); the errors list keeps the path.
     */
    private static String shown(String field) {
        java.util.regex.Matcher value = MAP_VALUE.matcher(field);
        if (value.matches() && (value.group(3) != null || value.group(1).equals("attributes"))) {
            return value.group(1) + " 里「" + value.group(2) + "」的值";
        }
        java.util.regex.Matcher element = LIST_ELEMENT.matcher(field);
        if (element.matches()) {
            return element.group(1) + " 的第 " + (Integer.parseInt(element.group(2)) + 1) + " 项";
        }
        return field;
    }

    @Override
    public Map<String, Object> properties() {
        return errors.isEmpty() ? Map.of() : Map.of("errors", errors);
    }
}
