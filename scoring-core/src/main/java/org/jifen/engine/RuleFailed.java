package org.jifen.engine;

/** A rule of an active plan failed while scoring (an exception in its condition or consequence, or a loop). */
public class RuleFailed extends RuntimeException {

    private final String rule;

    public RuleFailed(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
