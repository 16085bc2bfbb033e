package org.jifen.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jifen.problem.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem in the caller's terms: refusals by their kind, malformed requests as 400 with
 * the fields named, and anything unexpected as a 500 that says nothing of the internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://jifen.example/problems/";
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final String multipartLimit;

    ProblemHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") String multipartLimit) {
        this.multipartLimit = multipartLimit;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        return ResponseEntity.status(status(refusal.kind())).body(problem(refusal));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        log.error("Unexpected failure", failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "服务内部出错，本次操作未完成。请稍后重试；如果问题持续，请联系镇管理员。");
        problem.setType(URI.create(TYPE_BASE + "internal-error"));
        return ResponseEntity.internalServerError().body(problem);
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
        };
    }

    private static String title(Refusal.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> "请求格式不正确 (Bad request)";
            case FORBIDDEN -> "无权操作 (Forbidden)";
            case NOT_FOUND -> "找不到 (Not found)";
            case CONFLICT -> "与已有记录冲突 (Conflict)";
            case UNPROCESSABLE -> "不符合积分规则 (Unprocessable)";
            case TOO_LARGE -> "内容过大 (Content too large)";
            case UNSUPPORTED_TYPE -> "不支持的文件类型 (Unsupported media type)";
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = invalid.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = badRequest("请求内容不完整或格式不正确：" + errors.stream()
                .map(error -> error.get("field") + " " + error.get("message")).sorted()
                .reduce((a, b) -> a + "；" + b).orElse(""));
        problem.setProperty("errors", errors);
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
        return ResponseEntity.badRequest().body(badRequest("「" + name + "」的值「" + mismatch.getValue()
                + "」格式不对（月份写成 2024-07，编号是整数）"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest(
                "请求体不是有效的 JSON，或字段类型不对（例如日期须写成 2024-07-15，数量须是整数）"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException tooLarge,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "上传的内容太大，超过了服务允许的上限（单个文件最大 " + multipartLimit + "；证据照片和 PDF 每个最多 5 MB，方案文件每个最多 256 KB），未保存任何内容");
        problem.setType(URI.create(TYPE_BASE + "upload-too-large"));
        problem.setTitle("内容过大 (Content too large)");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    private static ProblemDetail badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create(TYPE_BASE + "malformed-request"));
        problem.setTitle("请求格式不正确 (Bad request)");
        return problem;
    }
}
