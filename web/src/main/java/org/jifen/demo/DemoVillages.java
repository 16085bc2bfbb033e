package org.jifen.demo;

import java.util.List;

/**
 * The 19 administrative villages of the demo 华新镇: the three pilots by their real names and codes, and 16 invented
 * ones marked （演示）. Eight of them have a central village (中心村), as in the township's plan. The invented codes
 * avoid {@code fengxi}, which the README's tour registers by hand.
 */
final class DemoVillages {

    static final String FIRST_PILOT = "yangjiazhuang";

    static final List<DemoVillage> ALL = List.of(
            DemoVillage.pilot("yangjiazhuang", "杨家庄村", "YJZ", 5, "杨家庄中心村", 36, "杨"),
            DemoVillage.pilot("xuzhong", "叙中村", "XZ", 4, "叙中中心村", 30, "徐").withOneVeto(),
            DemoVillage.pilot("beixin", "北新村", "BX", 6, "北新中心村", 28, "沈"),
            DemoVillage.invented("mayang", "马阳村", "MAY", 4, "马阳中心村", 14, "马"),
            DemoVillage.invented("tangwan", "塘湾村", "TW", 3, null, 9, "顾"),
            DemoVillage.invented("xinmuqiao", "新木桥村", "XMQ", 5, null, 12, "钱"),
            DemoVillage.invented("lujiabang", "陆家浜村", "LJB", 4, "陆家浜中心村", 13, "陆"),
            DemoVillage.invented("baihegang", "白鹤港村", "BHG", 3, null, 8, "朱"),
            DemoVillage.invented("zhoubang", "周浜村", "ZB", 4, null, 11, "周").withOneVeto(),
            DemoVillage.invented("huayi", "华益村", "HY", 6, "华益中心村", 15, "王"),
            DemoVillage.invented("songtang", "嵩塘村", "ST", 3, null, 10, "金"),
            DemoVillage.invented("xiujing", "秀泾村", "XJ", 4, null, 9, "姚"),
            DemoVillage.invented("meiyuan", "梅园村", "MEY", 5, "梅园中心村", 14, "张"),
            DemoVillage.invented("shenxiang", "沈巷村", "SX", 3, null, 10, "沈"),
            DemoVillage.invented("jingnan", "泾南村", "JN", 4, null, 12, "蒋"),
            DemoVillage.invented("wangxian", "王仙村", "WX", 3, null, 8, "王"),
            DemoVillage.invented("donghu", "东湖村", "DH", 5, "东湖中心村", 15, "吴"),
            DemoVillage.invented("hehuabang", "荷花浜村", "HHB", 4, null, 11, "许"),
            DemoVillage.invented("chunhui", "春晖村", "CH", 4, null, 10, "陈"));

    private DemoVillages() {
    }
}
