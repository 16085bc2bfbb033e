package org.jifen.problem;

import java.util.Locale;
import java.util.Map;

/**
 * A request the service refuses, in the caller's terms. Each refusal is a fact named by its class
 * ({@code VillageNotFound}, {@code MonthAlreadyFinalised}); the web layer turns it into an RFC 9457 problem whose
 * type is the class name in kebab case and whose status follows from {@link #kind()}. Each refusal extends the class
 * of its kind ({@link BadRequest}, {@link Forbidden}, {@link NotFound}, {@link Conflict}, {@link Unprocessable},
 * {@link TooLarge}, {@link UnsupportedType}), so its type and status are known from the class alone
 * ({@link #slugOf}, {@link #kindOf}): the error catalogue and the API description are checked against them.
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
        return slugOf(getClass());
    }

    /** The slug of a refusal class, the same as {@link #slug()} of its instances. */
    public static String slugOf(Class<? extends Refusal> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /**
     * The kind of every refusal of this class, from the kind's class it extends.
     *
     * @throws IllegalArgumentException for a class that extends {@code Refusal} itself and so may be of any kind
     */
    public static Kind kindOf(Class<? extends Refusal> type) {
        for (Class<?> c = type; c != Refusal.class && c != null; c = c.getSuperclass()) {
            Kind kind = KINDS.get(c);
            if (kind != null) {
                return kind;
            }
        }
        throw new IllegalArgumentException(type.getName() + " extends Refusal directly: extend the class of its kind "
                + "(" + KINDS.keySet().stream().map(Class::getSimpleName).sorted().toList() + ")");
    }

    private static final Map<Class<?>, Kind> KINDS = Map.of(BadRequest.class, Kind.BAD_REQUEST,
            Forbidden.class, Kind.FORBIDDEN, NotFound.class, Kind.NOT_FOUND, Conflict.class, Kind.CONFLICT,
            Unprocessable.class, Kind.UNPROCESSABLE, TooLarge.class, Kind.TOO_LARGE,
            UnsupportedType.class, Kind.UNSUPPORTED_TYPE, Busy.class, Kind.BUSY);

    /** Extension members of the problem, such as {@code errors} of a rejected plan. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
