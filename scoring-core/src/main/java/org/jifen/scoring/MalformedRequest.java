package org.jifen.scoring;

import org.jifen.problem.Refusal;

/**
 * One event of a batch that is malformed; the single-event endpoint answers the same problem type through request
 * validation.
 */
public class MalformedRequest extends Refusal {

    public MalformedRequest(String detail) {
        super(Kind.BAD_REQUEST, detail);
    }
}
