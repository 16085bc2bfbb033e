package org.jifen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body that is not a file upload (uploads have the multipart limits, sized to the plan limits):
 * a declared length over the cap is answered 413 before anything reads it, and a body without a declared length
 * (chunked) is cut off at the cap, which {@link ProblemHandler} answers with the same 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    /** The largest batch (500 events with notes and attributes) stays well below this. */
    static final int MAX_BYTES = 1024 * 1024;
    static final String DETAIL = "请求内容超过 " + MAX_BYTES / 1024 / 1024
            + " MB 上限。一次最多提交 500 条事件；内容更多时请分批提交。";

    private final ProblemResponses problems;

    RequestBodyLimit(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            problems.write(response, WebProblem.REQUEST_TOO_LARGE.problem(DETAIL));
            return;
        }
        chain.doFilter(new Capped(request), response);
    }

    /** Thrown when a body without a declared length grows past the cap. */
    static final class TooLarge extends IOException {

        TooLarge() {
            super("request body over " + MAX_BYTES + " bytes");
        }
    }

    private static final class Capped extends HttpServletRequestWrapper {

        private ServletInputStream capped;

        Capped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CappedStream(super.getInputStream());
            }
            return capped;
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        CappedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
