package org.jifen.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jifen.access.Actor;
import org.jifen.balance.BalanceService;
import org.jifen.fund.FundService;
import org.jifen.fund.FundSource;
import org.jifen.fund.NewIncome;
import org.jifen.fund.NewPurchase;
import org.jifen.household.Household;
import org.jifen.problem.Refusal;
import org.jifen.supermarket.Cancellation;
import org.jifen.supermarket.CatalogueService;
import org.jifen.supermarket.Goods;
import org.jifen.supermarket.NewReward;
import org.jifen.supermarket.Redeem;
import org.jifen.supermarket.RedemptionService;
import org.jifen.supermarket.RewardView;
import org.springframework.stereotype.Component;

/**
 * A pilot's points supermarket as the demo shows it, through the real services: a fund from the collective, a
 * company and a villager who did well (donors marked 演示), goods bought with it into stock, one write-off, and the
 * households' redemptions of the quarter's points (soap for 5 points, detergent for 20, a barrel of oil for 200, as
 * real villages price them), one of them cancelled.
 */
@Component
class DemoSupermarket {

    /** An item: its cost in points, how many are bought, at what unit price in yuan. */
    private record Item(String name, int cost, int bought, String unitPrice, String description) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("肥皂", 5, 80, "3.50", "洗衣皂一块"),
            new Item("牙膏", 10, 50, "6.80", "牙膏一支"),
            new Item("毛巾", 15, 40, "9.90", "纯棉毛巾一条"),
            new Item("洗衣液", 20, 40, "15.00", "洗衣液一瓶（2千克）"),
            new Item("酱油", 25, 30, "12.50", "酱油一瓶"),
            new Item("大米", 80, 20, "32.00", "大米一袋（5千克）"),
            new Item("食用油", 200, 8, "68.00", "食用油一桶（5升）"));
    private static final String SUPPLIER = "华新镇供销社（演示）";

    private final FundService fund;
    private final CatalogueService catalogue;
    private final RedemptionService redemptions;
    private final BalanceService balances;

    DemoSupermarket(FundService fund, CatalogueService catalogue, RedemptionService redemptions,
            BalanceService balances) {
        this.fund = fund;
        this.catalogue = catalogue;
        this.redemptions = redemptions;
        this.balances = balances;
    }

    /** Stocks the village's supermarket and lets its households redeem; answers how many redemptions stand. */
    int load(DemoVillage village, List<Household> households, Random random, Actor by) {
        String code = village.code();
        fund.receive(code, new NewIncome(FundSource.COLLECTIVE, null, new BigDecimal("15000"), null,
                "村集体经营收入提取（演示）"), by);
        fund.receive(code, new NewIncome(FundSource.COMPANY, "华新镇某食品企业（演示）", new BigDecimal("5000"), null,
                null), by);
        fund.receive(code, new NewIncome(FundSource.DONATION, "本村乡贤（演示）", new BigDecimal("2000"), null, null),
                by);
        List<RewardView> items = new ArrayList<>();
        for (Item item : ITEMS) {
            RewardView reward = catalogue.add(code, new NewReward(item.name(), item.cost(), 0, item.description(), true),
                    by);
            fund.buy(code, new NewPurchase(new BigDecimal(item.unitPrice()).multiply(BigDecimal.valueOf(item.bought())),
                    SUPPLIER, null, reward.id(), item.bought(), null), by);
            items.add(catalogue.get(code, reward.id()));
        }
        catalogue.writeOff(code, items.get(2).id(), new Goods(1, "库房受潮，一条发霉（演示）"), by);

        List<Household> eligible = new ArrayList<>(households.stream().filter(Household::isEligible).toList());
        Collections.shuffle(eligible, random);
        int redeemed = 0;
        for (Household household : eligible) {
            int times = random.nextInt(4);
            for (int i = 0; i < times; i++) {
                int available = balances.balance(code, household.id()).available();
                List<RewardView> affordable = catalogue.list(code).stream()
                        .filter(item -> item.cost() <= available && item.stock() > 0).toList();
                if (affordable.isEmpty()) {
                    break;
                }
                RewardView item = affordable.get(random.nextInt(affordable.size()));
                int quantity = item.cost() <= 10 && item.cost() * 2 <= available && random.nextBoolean() ? 2 : 1;
                try {
                    redemptions.redeem(code, household.id(), new Redeem("demo-%s-r-%04d".formatted(code, redeemed + 1),
                            item.id(), quantity, null), by);
                    redeemed++;
                } catch (Refusal soldOut) {
                    // The last piece went to another household: this one chooses again next time.
                }
            }
        }
        if (redeemed > 0) {
            redemptions.cancel(code, "demo-%s-r-0001".formatted(code),
                    new Cancellation("户主要求换成其他物品，原物品已退回（演示）"), by);
            redeemed--;
        }
        return redeemed;
    }
}
