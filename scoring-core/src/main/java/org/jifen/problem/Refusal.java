package org.jifen.problem;

import java.util.Locale;
import java.util.Map;

/**
 * A request the service refuses, in the caller's terms. Each refusal is a fact named by its class
 * ({@code VillageNotFound}, {@code MonthAlreadyFinalised}); the web layer turns it into an RFC 9457 problem whose
 * type is the class name in kebab case and whose status follows from {@link #kind()}.
 */
public abstract class Refusal extends RuntimeException {

    public enum Kind { BAD_REQUEST, FORBIDDEN, NOT_FOUND, CONFLICT, UNPROCESSABLE, TOO_LARGE, UNSUPPORTED_TYPE, BUSY }

    private final Kind kind;

    protected Refusal(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A stable slug for the problem's type URI, e.g. {@code village-not-found}. */
    public String slug() {
        return getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Extension members of the problem, such as {@code errors} of a rejected plan. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
