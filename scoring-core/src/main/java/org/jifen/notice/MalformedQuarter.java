package org.jifen.notice;

import org.jifen.problem.Refusal;

public class MalformedQuarter extends Refusal {

    public MalformedQuarter(String text) {
        super(Kind.BAD_REQUEST, "季度「" + text + "」格式不正确，应写成 2024-Q3（年份-Q季度，季度为 1 到 4）");
    }
}
