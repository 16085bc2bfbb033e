package org.jifen.problem;

/** What was sent is of a type the service does not accept, whatever its name says. */
public abstract class UnsupportedType extends Refusal {

    protected UnsupportedType(String detail) {
        super(Kind.UNSUPPORTED_TYPE, detail);
    }
}
