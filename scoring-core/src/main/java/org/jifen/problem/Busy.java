package org.jifen.problem;

/** The service cannot take this request on now, and says when to try again (503 with {@code Retry-After}). */
public abstract class Busy extends Refusal {

    private final int retryAfterSeconds;

    protected Busy(String detail, int retryAfterSeconds) {
        super(Kind.BUSY, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
