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
                .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("；")), sorted);
    }

    @Override
    public Map<String, Object> properties() {
        return errors.isEmpty() ? Map.of() : Map.of("errors", errors);
    }
}
