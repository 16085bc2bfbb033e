package org.jifen.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jifen.access.Actor;
import org.jifen.balance.BalanceService;
import org.jifen.balance.ExpiryMode;
import org.jifen.balance.NewExpiryPolicy;
import org.jifen.cases.BaseSelection;
import org.jifen.cases.CasePublication;
import org.jifen.cases.CaseReview;
import org.jifen.cases.CaseService;
import org.jifen.cases.CaseView;
import org.jifen.cases.DemonstrationService;
import org.jifen.cases.NewCase;
import org.jifen.cases.PilotDesignation;
import org.jifen.household.Household;
import org.jifen.stars.NewStarScheme;
import org.jifen.stars.StarPeriod;
import org.jifen.stars.StarService;
import org.springframework.stereotype.Component;

/**
 * What the demo's pilots show of using points beyond the supermarket: each its own expiry rule, star levels from the
 * year's points, a typical case; and the township's review of the cases, its pilot villages and the demonstration
 * base.
 */
@Component
class DemoStarsAndCases {

    /** Each pilot's expiry rule, so the demo shows all three. */
    private static final Map<String, NewExpiryPolicy> EXPIRY = Map.of(
            "yangjiazhuang", new NewExpiryPolicy(ExpiryMode.AFTER_A_YEAR, null),
            "xuzhong", new NewExpiryPolicy(ExpiryMode.YEARLY, "12-31"),
            "beixin", new NewExpiryPolicy(ExpiryMode.NEVER, null));

    /** From the year's points: the demo's households earn some 25 to 40 a month, three months finalised. */
    private static final List<NewStarScheme.Level> LEVELS = List.of(new NewStarScheme.Level(1, 50),
            new NewStarScheme.Level(2, 70), new NewStarScheme.Level(3, 85), new NewStarScheme.Level(4, 95),
            new NewStarScheme.Level(5, 105));

    private record Story(String title, String text, List<String> items) {
    }

    private static final Map<String, Story> CASES = Map.of(
            "yangjiazhuang", new Story("积分超市带动垃圾分类（演示）",
                    "村里开设积分超市后，家家户户把积分换成肥皂、洗衣液和大米，垃圾分类、宅前屋后整治的参与明显增加。"
                            + "每月由积分管理自治小组评定，季度公示后兑换，账目由村民代表监督。",
                    List.of("垃圾分类", "积分超市")),
            "xuzhong", new Story("红榜上墙，星级户带头（演示）",
                    "每季度按积分评出星级户，红榜张贴在村务公开栏；五星户带头清理乱堆物，一票否决的户由村两委上门帮扶。",
                    List.of("星级户", "红榜", "人居环境")),
            "beixin", new Story("乡贤捐赠支持积分奖励（演示）",
                    "本村乡贤和企业捐赠奖励资金，每笔收支登记在积分超市台账，定期公开，村民看得见、信得过。",
                    List.of("奖励资金", "社会捐赠")));

    private final BalanceService balances;
    private final StarService stars;
    private final CaseService cases;
    private final DemonstrationService demonstration;

    DemoStarsAndCases(BalanceService balances, StarService stars, CaseService cases,
            DemonstrationService demonstration) {
        this.balances = balances;
        this.stars = stars;
        this.cases = cases;
        this.demonstration = demonstration;
    }

    /** The pilot's expiry rule, set before its months are finalised so that their points follow it. */
    void expiryRule(DemoVillage village, Actor by) {
        NewExpiryPolicy rule = EXPIRY.get(village.code());
        if (rule != null) {
            balances.setPolicy(village.code(), rule, by);
        }
    }

    /** The pilot's star levels and its typical case, with two of its households; answers the case. */
    CaseView starsAndCase(DemoVillage village, List<Household> households, Random random, Actor by) {
        stars.setScheme(village.code(), new NewStarScheme(StarPeriod.YEAR, LEVELS, true, 10, 5), by);
        List<Household> eligible = households.stream().filter(Household::isEligible).toList();
        Story story = CASES.getOrDefault(village.code(), CASES.get("yangjiazhuang"));
        List<Long> concerned = List.of(eligible.get(random.nextInt(eligible.size())).id(),
                eligible.get(random.nextInt(eligible.size())).id());
        return cases.submit(village.code(), new NewCase(story.title(), story.text(), concerned, story.items()), by);
    }

    /** The township names the pilots, reviews their cases (two shortlisted, one published) and selects its base. */
    void township(List<String> pilots, List<CaseView> submitted, Actor by) {
        demonstration.designate(new PilotDesignation(pilots), by);
        for (CaseView submittedCase : submitted) {
            boolean shortlist = !submittedCase.village().equals("beixin");
            cases.review(submittedCase.id(), new CaseReview(shortlist ? CaseReview.Decision.SHORTLIST
                    : CaseReview.Decision.RETURN, shortlist ? "做法可推广（演示）" : "成效数据尚需补充，下次再报（演示）"), by);
            if (submittedCase.village().equals("yangjiazhuang")) {
                cases.publish(submittedCase.id(), new CasePublication("镇政府网站和公众号发布（演示）"), by);
            }
        }
        demonstration.select(new BaseSelection("yangjiazhuang",
                "试点以来积分超市运行规范，典型案例已发布，群众参与度高（演示）"), by);
    }
}
