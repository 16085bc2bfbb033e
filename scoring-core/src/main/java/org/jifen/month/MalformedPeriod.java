package org.jifen.month;

import org.jifen.problem.Refusal;

public class MalformedPeriod extends Refusal {

    public MalformedPeriod(String text) {
        super(Kind.BAD_REQUEST, "期间「" + text + "」格式不正确，应写成 2024（全年）、2024-Q3（季度）或 2024-07（月份）");
    }
}
