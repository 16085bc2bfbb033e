package org.jifen.web;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response, for every filter chain: {@code http.headers(SecurityHeaders.everywhere())}.
 * Spring Security's defaults give nosniff, X-Frame-Options DENY, Cache-Control no-store (and HSTS over HTTPS); to
 * them this adds a Content-Security-Policy without inline script, and Referrer-Policy no-referrer. A response that
 * sets its own Content-Security-Policy keeps it.
 */
public final class SecurityHeaders {

    private static final String COMMON = "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
            + "object-src 'none'";
    /** The API and the pages: only this origin; the print stylesheet (notice, cards) allowed by its hash. */
    static final String POLICY = "default-src 'self'; style-src 'self' " + PrintStyle.source() + "; " + COMMON;
    /** swagger-ui sets styles inline and draws icons as data: images; its script is still from files only. */
    static final String SWAGGER_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; " + COMMON;

    private SecurityHeaders() {
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
        return headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter((request, response) -> {
                    if (!response.containsHeader("Content-Security-Policy")) {
                        response.setHeader("Content-Security-Policy",
                                request.getRequestURI().startsWith("/swagger-ui") ? SWAGGER_POLICY : POLICY);
                    }
                });
    }
}
