package org.jifen.problem;

/** A well-formed request the township's rules do not allow. */
public class Unprocessable extends Refusal {

    public Unprocessable(String detail) {
        super(Kind.UNPROCESSABLE, detail);
    }
}
