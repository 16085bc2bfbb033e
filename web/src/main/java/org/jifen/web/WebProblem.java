package org.jifen.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem types the web layer answers by itself, beside the services' refusals: before a controller runs
 * (logins, sizes, paths Spring MVC does not know) or when something outside the request failed (the database).
 * Every type is listed with its status in docs/errors.md ({@code ErrorCatalogueTest}).
 */
enum WebProblem {

    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "请求格式不正确 (Bad request)"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "未登录 (Unauthorized)"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "无权操作 (Forbidden)"),
    NO_SUCH_ENDPOINT(HttpStatus.NOT_FOUND, "找不到 (Not found)"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法 (Method not allowed)"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "无法按要求的格式返回 (Not acceptable)"),
    CONCURRENT_DUPLICATE(HttpStatus.CONFLICT, "与已有记录冲突 (Conflict)"),
    REQUEST_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "请求内容过大 (Content too large)"),
    UPLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "上传内容过大 (Content too large)"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型 (Unsupported media type)"),
    TOO_MANY_FAILED_LOGINS(HttpStatus.TOO_MANY_REQUESTS, "尝试过于频繁 (Too many requests)"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "服务内部出错 (Internal server error)"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用 (Service unavailable)"),
    RECORDS_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用 (Service unavailable)");

    private final HttpStatus status;
    private final String title;

    WebProblem(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    /** The last part of the type URI, e.g. {@code database-unavailable}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    URI type() {
        return URI.create(ProblemHandler.TYPE_BASE + slug());
    }

    ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type());
        problem.setTitle(title);
        return problem;
    }
}
