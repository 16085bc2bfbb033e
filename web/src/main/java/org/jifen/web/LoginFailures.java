package org.jifen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;

/**
 * Where a refused form login goes: back to the login page saying why, in the same words as the API's problems, with
 * the username kept so that it need not be typed again. The throttle ({@link ThrottledLogins}) refuses before this.
 */
final class LoginFailures {

    static final String USERNAME = "jifen.login.username";

    private LoginFailures() {
    }

    static void redirect(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 64) {
            request.getSession().setAttribute(USERNAME, username);
        }
        String why;
        if (failure instanceof LoginsThrottled throttled) {
            why = "locked=" + Math.max(1, (throttled.retryAfterSeconds() + 59) / 60);
        } else if (failure instanceof InternalAuthenticationServiceException && DatabaseUnavailable.causedIt(failure)) {
            why = "unavailable";
        } else {
            why = "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + why);
    }
}
