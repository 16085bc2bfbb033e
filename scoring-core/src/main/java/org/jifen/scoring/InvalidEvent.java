package org.jifen.scoring;

import org.jifen.problem.Refusal;

/** One event of a batch that is malformed (the single-event endpoint answers the same through validation). */
public class InvalidEvent extends Refusal {

    public InvalidEvent(String detail) {
        super(Kind.BAD_REQUEST, detail);
    }
}
