package org.jifen.notice;

import org.jifen.problem.BadRequest;

public class MalformedQuarter extends BadRequest {

    public MalformedQuarter(String text) {
        super("季度「" + text + "」格式不正确，应写成 2024-Q3（年份-Q季度，季度为 1 到 4）");
    }
}
