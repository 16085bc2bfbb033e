package org.jifen.problem;

/** The request clashes with what is already recorded. */
public class Conflict extends Refusal {

    public Conflict(String detail) {
        super(Kind.CONFLICT, detail);
    }
}
