package org.jifen.books;

import org.jifen.problem.Unprocessable;

/** Books asked for a period that has not begun: an empty book would read as "nothing happened". */
public class PeriodNotStarted extends Unprocessable {

    public PeriodNotStarted(String label) {
        super(label + "还没有开始，没有台账可出；请选已经开始的期间");
    }
}
