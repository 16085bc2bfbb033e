package org.jifen.month;

import org.jifen.problem.BadRequest;

public class MalformedPeriod extends BadRequest {

    public MalformedPeriod(String text) {
        super("期间「" + text + "」格式不正确，应写成 2024（全年）、2024-Q3（季度）或 2024-07（月份）");
    }
}
