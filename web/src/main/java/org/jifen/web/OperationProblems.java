package org.jifen.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jifen.endpoint.Refuses;
import org.jifen.problem.Refusal;
import org.jifen.village.VillageNotFound;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds to each operation the problems it may answer, one response per status with an example of each type from
 * docs/errors.md: the refusals its handler lists in {@link Refuses}, and those that follow from the endpoint's shape
 * (ADR 0081) — a login for every {@code /api} endpoint, the village's existence for a {@code {code}} path, sizes
 * and content types for a body, a concurrent duplicate for a write, a village's busy records for
 * a write to a village or the township, the database for all.
 */
final class OperationProblems implements OperationCustomizer {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** A problem type as the operation answers it. */
    private record Answer(String type, HttpStatus status, String title) {

        static Answer of(WebProblem problem) {
            return new Answer(problem.slug(), problem.status(), problem.title());
        }

        static Answer of(Class<? extends Refusal> refusal) {
            Refusal.Kind kind = Refusal.kindOf(refusal);
            return new Answer(Refusal.slugOf(refusal), ProblemHandler.status(kind), ProblemHandler.title(kind));
        }
    }

    private final ErrorCatalogue catalogue;
    private final JsonMapper json;

    OperationProblems(ErrorCatalogue catalogue, JsonMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null) {
            return operation;
        }
        String path = mapping.path().length == 0 ? "" : mapping.path()[0];
        RequestMethod verb = mapping.method().length == 0 ? RequestMethod.GET : mapping.method()[0];
        Map<String, Answer> answers = new LinkedHashMap<>();
        answersOfItsShape(handler, mapping, path, verb).forEach(answer -> answers.putIfAbsent(answer.type(), answer));
        Refuses refuses = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Refuses.class);
        if (refuses != null) {
            Arrays.stream(refuses.value()).map(Answer::of)
                    .forEach(answer -> answers.putIfAbsent(answer.type(), answer));
        }
        if (!path.startsWith("/api/")) {
            operation.setSecurity(List.of());
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        answers.values().stream()
                .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.toList()))
                .forEach((status, ofStatus) -> responses.addApiResponse(String.valueOf(status.value()),
                        response(status, ofStatus)));
        operation.setResponses(responses);
        return operation;
    }

    /**
     * What any endpoint of this shape may answer. Who may call what mirrors SecurityConfiguration: every {@code /api}
     * endpoint needs a login; a village's endpoints, the township's and every write are restricted by role.
     */
    private static List<Answer> answersOfItsShape(HandlerMethod handler, RequestMapping mapping, String path,
            RequestMethod verb) {
        List<Answer> answers = new ArrayList<>();
        if (path.startsWith("/api/")) {
            answers.add(Answer.of(WebProblem.UNAUTHENTICATED));
            answers.add(Answer.of(WebProblem.TOO_MANY_FAILED_LOGINS));
            if (path.startsWith("/api/villages/{code}") || path.startsWith("/api/township")
                    || verb != RequestMethod.GET) {
                answers.add(Answer.of(WebProblem.FORBIDDEN));
            }
        }
        boolean multipart = Arrays.stream(mapping.consumes()).anyMatch(type -> type.startsWith("multipart/"));
        boolean body = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
        if (handler.getMethodParameters().length > 0) {
            answers.add(Answer.of(WebProblem.MALFORMED_REQUEST));
        }
        if (path.contains("{code}")) {
            answers.add(Answer.of(VillageNotFound.class));
        }
        if (multipart) {
            answers.add(Answer.of(WebProblem.UPLOAD_TOO_LARGE));
        } else if (body) {
            answers.add(Answer.of(WebProblem.REQUEST_TOO_LARGE));
            answers.add(Answer.of(WebProblem.UNSUPPORTED_MEDIA_TYPE));
        }
        if (verb != RequestMethod.GET) {
            answers.add(Answer.of(WebProblem.CONCURRENT_DUPLICATE));
            if (path.startsWith("/api/villages/{code}") || path.startsWith("/api/township")) {
                // a write waits for its village's records, which a long month-end evaluation may hold
                answers.add(Answer.of(WebProblem.RECORDS_BUSY));
            }
        }
        answers.add(Answer.of(WebProblem.INTERNAL_ERROR));
        answers.add(Answer.of(WebProblem.DATABASE_UNAVAILABLE));
        return answers;
    }

    private ApiResponse response(HttpStatus status, List<Answer> answers) {
        MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                + ApiDescription.PROBLEM_SCHEMA));
        answers.forEach(answer -> problem.addExamples(answer.type(), example(answer)));
        ApiResponse response = new ApiResponse()
                .description(answers.get(0).title() + ": " + answers.stream().map(Answer::type)
                        .collect(Collectors.joining(", ")))
                .content(new Content().addMediaType(PROBLEM_JSON, problem));
        if (status == HttpStatus.UNAUTHORIZED) {
            response.addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema())
                    .description("Basic realm=\"jifen\""));
        }
        if (status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema())
                    .description("秒 (seconds to wait before trying again)"));
        }
        return response;
    }

    private Example example(Answer answer) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", ProblemHandler.TYPE_BASE + answer.type());
        value.put("title", answer.title());
        value.put("status", answer.status().value());
        Example example = new Example().summary(answer.type());
        catalogue.entry(answer.type()).ifPresentOrElse(entry -> {
            value.put("detail", entry.example());
            if (!entry.members().isEmpty()) {
                value.putAll(json.readValue("{" + entry.members() + "}", new TypeReference<Map<String, Object>>() { }));
            }
            example.description(entry.whenChinese() + " · " + entry.whenEnglish());
        }, () -> value.put("detail", answer.title()));
        return example.value(value);
    }
}
