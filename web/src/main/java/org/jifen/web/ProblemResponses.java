package org.jifen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and the other answers of servlet filters as problems too, written before any controller runs; also a
 * request the firewall refuses (a path with an empty segment such as {@code households//redemptions}, an encoded
 * dot), which would otherwise get the container's error page.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (failure instanceof InternalAuthenticationServiceException && DatabaseUnavailable.causedIt(failure)) {
            // The login could not be checked, not refused: the same 503 a controller answers when the database is away.
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            write(response, DatabaseUnavailable.problem());
            return;
        }
        if (failure instanceof LoginsThrottled throttled) {
            long seconds = throttled.retryAfterSeconds();
            response.setHeader("Retry-After", String.valueOf(seconds));
            write(response, WebProblem.TOO_MANY_FAILED_LOGINS.problem("登录失败次数过多，该账号或该网络地址已暂时锁定，请约 "
                    + minutes(seconds) + " 后再试；忘记密码请联系镇管理员"));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"jifen\", charset=\"UTF-8\"");
        write(response, WebProblem.UNAUTHENTICATED.problem("请先登录：用户名或密码缺失或不正确"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, WebProblem.FORBIDDEN.problem("您的账号没有这项操作的权限，或不属于该村"));
    }

    /**
     * An address Spring Security's firewall refuses before any filter chain runs (an empty path segment "//", a
     * "/../", a semicolon): 400 as a problem, like any other malformed request.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        write(response, WebProblem.MALFORMED_REQUEST.problem(
                "请求地址不正确：地址中不能有空的路径段（//）、“..”、分号或其他不允许的字符，请检查地址里的每一段"));
    }

    private static String minutes(long seconds) {
        return seconds < 60 ? seconds + " 秒" : (seconds + 59) / 60 + " 分钟";
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
