package org.jifen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jifen.problem.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Errors of the pages as Chinese pages that say what to do next: a refusal in its own words (4xx), the database away
 * (503, with Retry-After), anything unexpected (500, saying nothing of the internals). For controllers marked
 * {@link PageController}, and for what the security filters and Spring MVC refuse on a page's path.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;

    PageErrors(SpringTemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal) {
        return view(Problems.status(refusal), refusal.getMessage());
    }

    /**
     * A path like {@code /households/abc/record} names no page (404); a form field in the wrong format is a bad
     * request (400). Said in words, not as a failure of the service.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatched(MethodArgumentTypeMismatchException mismatch) {
        String value = String.valueOf(mismatch.getValue());
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return view(HttpStatus.NOT_FOUND, "没有这个页面：地址里的「" + shown + "」不是有效的编号、月份或季度。");
        }
        return view(HttpStatus.BAD_REQUEST, "填写的「" + shown + "」格式不对，请返回上一页改正后再提交。");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure, HttpServletResponse response) {
        if (DatabaseUnavailable.causedIt(failure)) {
            log.warn("Database unavailable: {}", failure.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            return view(HttpStatus.SERVICE_UNAVAILABLE, null);
        }
        if (ConcurrentDuplicate.causedIt(failure)) {
            return view(HttpStatus.CONFLICT, ConcurrentDuplicate.problem().getDetail());
        }
        log.error("Unexpected failure on a page", failure);
        return view(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    /** The error page of this status, with the refusal's words when there are some. */
    public static ModelAndView view(HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView(template(status.value()));
        page.setStatus(status);
        page.addObject("status", status.value());
        if (detail != null) {
            page.addObject("detail", detail);
        }
        return page;
    }

    /** Whether a request is for a page rather than for the API (whose errors stay JSON problems). */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")
                || path.startsWith("/swagger-ui"));
    }

    /** What Spring MVC refused on a page's path (no such page, too large an upload...), as its error page. */
    ResponseEntity<Object> response(HttpServletRequest request, HttpServletResponse response, int status,
            String detail) {
        return ResponseEntity.status(status).contentType(HTML)
                .body(render(request, response, template(status), Map.of("status", status, "detail", detail)));
    }

    /** An error page written by a security filter, before any controller. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String template)
            throws IOException {
        String html = render(request, response, template, Map.of("status", status));
        response.setStatus(status);
        response.setContentType(HTML.toString());
        response.getWriter().write(html);
    }

    private String render(HttpServletRequest request, HttpServletResponse response, String template,
            Map<String, Object> model) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        WebContext context = new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, Map.copyOf(model));
        // Bean references in templates (the layout's @pageModel, @fmt), as in a page a controller renders.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.process(template, context);
    }

    private static String template(int status) {
        return switch (status) {
            case 403, 404, 503 -> "error/" + status;
            default -> status >= 500 ? "error/500" : "error/4xx";
        };
    }
}
