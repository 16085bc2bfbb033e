package org.jifen.demo;

import org.jifen.problem.Conflict;

/**
 * The demo loads once, and only beside villages it does not touch: one of its village codes is taken (loaded
 * before, or registered by hand). Nothing was created.
 */
public class DemoTownshipAlreadyLoaded extends Conflict {

    DemoTownshipAlreadyLoaded(String villageCode) {
        super("无法加载演示镇：村代码「" + villageCode + "」已存在（演示镇已经加载过，或已有同代码的村）。"
                + "演示数据只加载一次，也不会覆盖已有的村；如需重新加载，请使用一个空数据库。");
    }
}
