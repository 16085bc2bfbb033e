package org.jifen.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat refuses before Spring sees the request (raw, unencoded Chinese in an address, a "%" not followed by two
 * hex digits in a path) is answered as a problem in Chinese, like everything else, instead of Tomcat's English HTML
 * page. Tomcat adds its error page to the host when the server starts; it is swapped for this one then.
 */
@Component
class ContainerErrorsAsProblems implements ApplicationListener<WebServerInitializedEvent> {

    static final String MALFORMED_ADDRESS = "请求地址无法读取：地址里的中文、空格等须按 UTF-8 编码（例如「一组」写成"
            + " %E4%B8%80%E7%BB%84），“%”后面须是两位十六进制数字。请检查地址，或回到页面重新进入。";

    /** Said of an address Tomcat refuses for an encoded slash or backslash: it was valid UTF-8 (attack tryout 7, m2). */
    static final String ENCODED_SEPARATOR = "这个地址不允许使用：地址里不能有编码过的斜杠「%2F」或反斜杠「%5C」"
            + "（村的代码、版本号等都只是地址中的一段，不能跨到别的目录）。请检查地址，或回到页面重新进入。";

    private final JsonMapper json;

    /** Whether the address as sent holds an encoded "/" or "\\", which Tomcat refuses before anything reads it. */
    static boolean encodedSeparator(@org.jspecify.annotations.Nullable String uri) {
        String upper = uri == null ? "" : uri.toUpperCase(java.util.Locale.ROOT);
        return upper.contains("%2F") || upper.contains("%5C");
    }

    ContainerErrorsAsProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getWebServer() instanceof TomcatWebServer tomcat) {
            Host host = tomcat.getTomcat().getHost();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemValve(json));
        }
    }

    /** Writes the problem where Tomcat's valve would write its HTML page, under the same conditions. */
    static final class ProblemValve extends ErrorReportValve {

        private final JsonMapper json;

        ProblemValve(JsonMapper json) {
            this.json = json;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            ProblemDetail problem = status == 400 ? WebProblem.MALFORMED_REQUEST.problem(
                    encodedSeparator(request.getRequestURI()) ? ENCODED_SEPARATOR : MALFORMED_ADDRESS)
                    : status >= 500 ? WebProblem.INTERNAL_ERROR.problem("服务内部出错，本次操作未完成。请稍后重试；"
                            + "如果问题持续，请联系镇管理员。")
                    : ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), "请求无法处理（" + status
                            + "）。请检查地址后重试。");
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException notWritten) {
                // The connection is gone or the answer already begun: there is nobody left to tell.
            }
        }
    }
}
