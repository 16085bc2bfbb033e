package org.jifen.web;

import java.util.Optional;
import org.jifen.access.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Actor} signed in for the current request, for code that is not handed one as a parameter. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Optional<Actor> actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof JifenUser user
                ? Optional.of(user.actor()) : Optional.empty();
    }
}
