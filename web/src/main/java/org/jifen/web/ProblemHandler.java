package org.jifen.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jifen.problem.Busy;
import org.jifen.problem.MalformedRequest;
import org.jifen.problem.Refusal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem in the caller's terms: refusals by their kind, malformed requests as 400 with
 * the fields named, what Spring MVC refuses itself (unknown path 404, method 405, content type 415, size 413) with a
 * Chinese detail, the database out of reach as 503 with {@code Retry-After}, and anything unexpected as a 500 that
 * says nothing of the internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://jifen.example/problems/";
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final PageErrors pages;

    ProblemHandler(PageErrors pages) {
        this.pages = pages;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status(refusal.kind()));
        if (refusal instanceof Busy busy) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(busy.retryAfterSeconds()));
        }
        return answer.body(problem(refusal));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        if (DatabaseUnavailable.causedIt(failure)) {
            log.warn("Database unavailable: {}", failure.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(DatabaseUnavailable.problem());
        }
        if (RecordsBusy.causedIt(failure)) {
            log.warn("Waited too long for a lock another request holds: {}", failure.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RecordsBusy.RETRY_AFTER_SECONDS))
                    .body(RecordsBusy.problem());
        }
        if (ConcurrentDuplicate.causedIt(failure)) {
            log.info("Refused a write that a concurrent request won: {}", failure.toString());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ConcurrentDuplicate.problem());
        }
        log.error("Unexpected failure", failure);
        return ResponseEntity.internalServerError().body(WebProblem.INTERNAL_ERROR.problem(
                "服务内部出错，本次操作未完成。请稍后重试；如果问题持续，请联系镇管理员。"));
    }

    static ProblemDetail problem(Refusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(refusal.kind()), refusal.getMessage());
        problem.setType(URI.create(TYPE_BASE + refusal.slug()));
        problem.setTitle(title(refusal.kind()));
        refusal.properties().forEach(problem::setProperty);
        return problem;
    }

    static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    static String title(Refusal.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> "请求格式不正确 (Bad request)";
            case FORBIDDEN -> "无权操作 (Forbidden)";
            case NOT_FOUND -> "找不到 (Not found)";
            case CONFLICT -> "与已有记录冲突 (Conflict)";
            case UNPROCESSABLE -> "不符合积分规则 (Unprocessable)";
            case TOO_LARGE -> "内容过大 (Content too large)";
            case UNSUPPORTED_TYPE -> "不支持的文件类型 (Unsupported media type)";
            case BUSY -> "服务繁忙，请稍后再试 (Service unavailable)";
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(MalformedRequest.of(invalid.getFieldErrors().stream()
                .map(error -> new MalformedRequest.FieldError(error.getField(),
                        String.valueOf(error.getDefaultMessage())))
                .toList()));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest("请求参数不正确：" + invalid.getAllErrors().stream()
                .map(error -> String.valueOf(error.getDefaultMessage())).toList()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException mismatch,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = mismatch.getPropertyName() == null ? "参数" : mismatch.getPropertyName();
        org.jifen.problem.WholeNumber number = org.jifen.problem.WholeNumber.read(String.valueOf(mismatch.getValue()),
                mismatch.getRequiredType());
        if (number != null && number.outOfRange() != null) {
            return ResponseEntity.badRequest().body(badRequest("「" + name + "」的值「" + mismatch.getValue() + "」"
                    + number.outOfRange()));
        }
        return ResponseEntity.badRequest().body(badRequest("「" + name + "」的值「" + mismatch.getValue()
                + "」格式不对（" + expectedForm(mismatch.getRequiredType()) + "）"));
    }

    /** How a value of the type is written, so that a date is not told the month's form (attack tryout 7, m2). */
    private static String expectedForm(@Nullable Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "日期写成 2024-07-15，须是日历上有的日子";
        }
        if (type == java.time.YearMonth.class) {
            return "月份写成 2024-07";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "只能写 true 或 false";
        }
        if (type != null && (type.isPrimitive() || Number.class.isAssignableFrom(type))) {
            return "须是整数";
        }
        return "月份写成 2024-07，日期写成 2024-07-15，编号是整数";
    }

    /**
     * A parameter whose value selects the operation ({@code ?dryRun=true}) with a value none takes: said as a wrong
     * value, not as a missing parameter (attack tryout 7, m2).
     */
    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException binding, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (binding instanceof org.springframework.web.bind.UnsatisfiedServletRequestParameterException unsatisfied) {
            Map<String, java.util.Set<String>> allowed = new java.util.TreeMap<>();
            unsatisfied.getParamConditionGroups().stream().flatMap(java.util.Arrays::stream)
                    .map(condition -> condition.split("=", 2)).filter(pair -> pair.length == 2
                            && !pair[0].endsWith("!"))
                    .forEach(pair -> allowed.computeIfAbsent(pair[0], name -> new java.util.TreeSet<>()).add(pair[1]));
            for (Map.Entry<String, java.util.Set<String>> parameter : allowed.entrySet()) {
                String[] given = unsatisfied.getActualParams().get(parameter.getKey());
                if (given != null) {
                    return ResponseEntity.badRequest().body(badRequest("参数「" + parameter.getKey() + "」的值「"
                            + String.join(",", given) + "」不对：只能写 " + String.join(" 或 ", parameter.getValue())
                            + "，或者不写这个参数"));
                }
            }
        }
        return super.handleServletRequestBindingException(binding, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.TooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(WebProblem.REQUEST_TOO_LARGE.problem(RequestBodyLimit.DETAIL));
            }
            if (cause instanceof tools.jackson.core.exc.StreamConstraintsException) {
                return ResponseEntity.badRequest().body(badRequest("请求体嵌套过深或单个字段过长，超出了服务接受的范围"
                        + "（嵌套最多 32 层，单个文字最多 64 KB）"));
            }
        }
        return ResponseEntity.badRequest().body(badRequest(UnreadableJson.detail(unreadable).orElse(
                "请求体不是有效的 JSON，或字段类型不对（例如日期须写成 2024-07-15，数量须是整数）")));
    }

    /** A query parameter Tomcat cannot decode (a "%" not followed by two hex digits): read only when asked for. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException failure) {
        ResponseEntity<ProblemDetail> partRefused = partRefused(failure);
        if (partRefused != null) {
            return partRefused;
        }
        return ResponseEntity.badRequest().body(badRequest(ContainerErrorsAsProblems.MALFORMED_ADDRESS));
    }

    /** An upload whose multipart body cannot be parsed at all (sizes over the limits are answered 413 below). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException unreadable) {
        ResponseEntity<ProblemDetail> partRefused = partRefused(unreadable);
        if (partRefused != null) {
            return partRefused;
        }
        return ResponseEntity.badRequest().body(badRequest("上传内容不是有效的 multipart/form-data，无法读取。"
                + "请用表单上传方案文件（字段名 files）"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException tooLarge,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<ProblemDetail> partRefused = partRefused(tooLarge);
        return partRefused != null ? new ResponseEntity<>(partRefused.getBody(), partRefused.getStatusCode())
                : ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(WebProblem.UPLOAD_TOO_LARGE.problem(
                        UPLOAD_TOO_LARGE));
    }

    /**
     * An upload Tomcat refused for its parts rather than its size: too many of them (attack tryout 7, m2), or one
     * whose header (its name, mostly) is over server.tomcat.max-part-header-size (attack tryout 9, F6: a 250-character
     * file name was told 「上传的文件过大」). Null for any other refusal.
     */
    private static @Nullable ResponseEntity<ProblemDetail> partRefused(Throwable refused) {
        if (tooManyParts(refused)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(WebProblem.UPLOAD_TOO_LARGE.problem(
                    TOO_MANY_PARTS));
        }
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            // Tomcat says so only in its (fixed, English) message; its type is the one every size limit throws.
            if (cause instanceof org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException
                    && String.valueOf(cause.getMessage()).startsWith("Header section has more than")) {
                return ResponseEntity.badRequest().body(badRequest(NAME_TOO_LONG));
            }
        }
        return null;
    }

    /** Whether the upload was refused for its number of parts, not its size (attack tryout 7, m2). */
    static boolean tooManyParts(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException) {
                return true;
            }
        }
        return false;
    }

    static final String NAME_TOO_LONG = "文件名太长，未保存任何内容：上传的每个文件的名字连同它的说明最多 4 KB"
            + "（方案文件名最多 120 个字）。请改短文件名后再上传";

    static final String TOO_MANY_PARTS = "一次上传的部分太多，未保存任何内容：一次上传的文件和表单字段合计最多 40 个"
            + "（方案文件一次最多 30 个）。请分几次上传，或去掉多余的文件";

    /**
     * Whatever else Spring MVC refuses before a controller runs (404, 405, 406, 415, missing parameters...) keeps its
     * status and headers (such as {@code Allow}) but gets a Chinese detail in place of Spring's English one.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // On a page's path (no such page, too large an upload...) a person reads the answer: a Chinese page.
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && PageErrors.isPage(servlet.getRequest())) {
            String detail = status.value() == 404 ? "" : FRAMEWORK_REFUSALS.getOrDefault(status.value(), "");
            return pages.response(servlet.getRequest(), servlet.getResponse(), status.value(), detail);
        }
        // Spring's own problems have no type of ours (none at all, or about:blank).
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            String detail = FRAMEWORK_REFUSALS.get(status.value());
            if (detail != null) {
                WebProblem type = FRAMEWORK_TYPES.get(status.value());
                problem.setDetail(detail);
                problem.setType(type.type());
                problem.setTitle(type.title());
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static final String UPLOAD_TOO_LARGE = "上传的文件过大，未保存任何内容：证据照片和 PDF 每个最多 5 MB，"
            + "家庭户登记表最多 2 MB，方案文件每个最多 256 KB；一次上传合计最多 8 MB。";

    private static final Map<Integer, String> FRAMEWORK_REFUSALS = Map.of(
            400, "请求不完整或格式不正确：缺少必需的参数或内容",
            404, "找不到这个地址。请对照接口说明检查路径",
            405, "这个地址不支持这种请求方法（例如 GET、POST）。允许的方法见响应头 Allow",
            406, "无法按请求的格式（Accept）返回内容；本服务返回 JSON",
            413, UPLOAD_TOO_LARGE,
            415, "不支持这种内容类型（Content-Type）。请求体请用 application/json；上传方案文件请用 multipart/form-data");

    private static final Map<Integer, WebProblem> FRAMEWORK_TYPES = Map.of(400, WebProblem.MALFORMED_REQUEST,
            404, WebProblem.NO_SUCH_ENDPOINT, 405, WebProblem.METHOD_NOT_ALLOWED, 406, WebProblem.NOT_ACCEPTABLE,
            413, WebProblem.UPLOAD_TOO_LARGE, 415, WebProblem.UNSUPPORTED_MEDIA_TYPE);

    private static ProblemDetail badRequest(String detail) {
        return WebProblem.MALFORMED_REQUEST.problem(detail);
    }
}
