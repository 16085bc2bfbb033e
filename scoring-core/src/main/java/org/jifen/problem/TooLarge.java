package org.jifen.problem;

/** What was sent is larger than the service accepts. */
public abstract class TooLarge extends Refusal {

    protected TooLarge(String detail) {
        super(Kind.TOO_LARGE, detail);
    }
}
