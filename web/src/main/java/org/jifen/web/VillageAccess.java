package org.jifen.web;

import java.util.function.Supplier;
import org.jifen.access.Actor;
import org.jifen.access.Role;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may do what in which village, decided in one place from the {@code {code}} of the request path: the township
 * admin everywhere, the auditor reading everywhere, village admins and staff only in their own village.
 */
enum VillageAccess implements AuthorizationManager<RequestAuthorizationContext> {

    /** Reading a village's data. */
    READ,
    /** Recording in a village: households, events. */
    WRITE,
    /** Changing a village's plan: township admin and the village's admin. */
    ADMINISTER;

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext request) {
        Authentication who = authentication.get();
        if (who == null || !(who.getPrincipal() instanceof JifenUser user)) {
            return new AuthorizationDecision(false);
        }
        String village = request.getVariables().get("code");
        return new AuthorizationDecision(village != null && allows(user.actor(), village));
    }

    boolean allows(Actor actor, String village) {
        return switch (this) {
            case READ -> actor.canRead(village);
            case WRITE -> actor.canWrite(village);
            case ADMINISTER -> actor.canWrite(village) && actor.role() != Role.STAFF;
        };
    }
}
