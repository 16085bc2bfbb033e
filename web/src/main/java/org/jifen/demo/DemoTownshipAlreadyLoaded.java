package org.jifen.demo;

import org.jifen.problem.Conflict;

/**
 * The demo loads once, and only beside villages it does not touch: one of its village codes is taken (loaded
 * before, or registered by hand), or another node on the same database claimed the load (ADR 0190). Nothing was
 * created.
 */
public class DemoTownshipAlreadyLoaded extends Conflict {

    private DemoTownshipAlreadyLoaded(String detail) {
        super(detail);
    }

    static DemoTownshipAlreadyLoaded codeTaken(String villageCode) {
        return new DemoTownshipAlreadyLoaded("无法加载演示镇：村代码「" + villageCode + "」已存在（演示镇已经加载过，或已有同代码的村）。"
                + "演示数据只加载一次，也不会覆盖已有的村；如需重新加载，请使用一个空数据库。");
    }

    static DemoTownshipAlreadyLoaded byAnotherNode() {
        return new DemoTownshipAlreadyLoaded("无法加载演示镇：它正在加载或已经加载过（可能由同一数据库上的另一台服务器）。"
                + "演示数据只加载一次；如需重新加载，请使用一个空数据库。");
    }
}
