package org.jifen.problem;

/** The caller may not do this, though the service knows who they are. */
public abstract class Forbidden extends Refusal {

    protected Forbidden(String detail) {
        super(Kind.FORBIDDEN, detail);
    }
}
