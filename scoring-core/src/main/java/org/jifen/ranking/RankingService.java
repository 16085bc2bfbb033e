package org.jifen.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jifen.finalisation.FinalisedMonth;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.household.Household;
import org.jifen.household.Households;
import org.jifen.month.FrozenTotals;
import org.jifen.month.Period;
import org.jifen.notice.Ranking;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks from the finalised months' frozen totals ({@link FrozenTotals}): the township's arithmetic is done once, at
 * finalisation, and ranking only adds up. Standard competition ranking (1, 1, 3), as on the quarterly notice.
 */
@Service
public class RankingService {

    private final VillageService villages;
    private final Households households;
    private final FinalisedMonths finalisedMonths;
    private final FrozenTotals frozen;

    RankingService(VillageService villages, Households households, FinalisedMonths finalisedMonths,
            FrozenTotals frozen) {
        this.villages = villages;
        this.households = households;
        this.finalisedMonths = finalisedMonths;
        this.frozen = frozen;
    }

    @Transactional(readOnly = true)
    public VillageStandings village(String villageCode, String periodText) {
        Period period = Period.parse(periodText);
        return village(villages.byCode(villageCode), period);
    }

    /** A village's standings for a period already parsed. */
    @Transactional(readOnly = true)
    public VillageStandings village(Village village, Period period) {
        List<YearMonth> finalised = finalisedMonths.findByVillageIdAndMonthInOrderByMonth(village.id(),
                period.months()).stream().map(FinalisedMonth::getMonth).toList();
        Map<Long, int[]> sums = new HashMap<>();
        for (FrozenTotals.Frozen month : frozen.ofVillage(village.id(), finalised)) {
            int[] sum = sums.computeIfAbsent(month.householdId(), id -> new int[2]);
            sum[0] += month.total();
            sum[1] += month.vetoed() ? 1 : 0;
        }
        // A household no longer eligible keeps the points of the months it was scored in (ADR 0021).
        List<Household> ranked = households.findByVillageIdOrderByGroupAscHouseholdNoAsc(village.id()).stream()
                .filter(household -> household.isEligible() || sums.containsKey(household.id())).toList();
        Map<Long, Integer> inVillage = new HashMap<>();
        Ranking.of(ranked, household -> points(sums, household)).forEach(r -> inVillage.put(r.item().id(), r.rank()));
        Map<String, List<Household>> byGroup = new LinkedHashMap<>();
        village.getGroups().forEach(group -> byGroup.put(group, new ArrayList<>()));
        ranked.forEach(household -> byGroup.computeIfAbsent(household.getGroup(), g -> new ArrayList<>())
                .add(household));
        Map<Long, Integer> inGroup = new HashMap<>();
        byGroup.values().forEach(members -> Ranking.of(members, household -> points(sums, household))
                .forEach(r -> inGroup.put(r.item().id(), r.rank())));
        List<Standing> standings = Ranking.of(ranked, household -> points(sums, household)).stream()
                .map(Ranking.Ranked::item)
                .map(h -> new Standing(h.id(), h.getHouseholdNo(), h.getHeadName(), h.getGroup(), points(sums, h),
                        sums.getOrDefault(h.id(), new int[2])[1], inVillage.get(h.id()), inGroup.get(h.id())))
                .toList();
        List<GroupStanding> groups = new ArrayList<>();
        byGroup.forEach((group, members) -> {
            if (!members.isEmpty()) {
                int total = members.stream().mapToInt(h -> points(sums, h)).sum();
                groups.add(new GroupStanding(group, members.size(), total, average(total, members.size()), 0));
            }
        });
        List<GroupStanding> rankedGroups = Ranking.of(groups, g -> g.average().movePointRight(1).intValue()).stream()
                .map(r -> new GroupStanding(r.item().group(), r.item().households(), r.item().points(),
                        r.item().average(), r.rank()))
                .toList();
        return new VillageStandings(village.getCode(), village.getName(), period.text(), period.label(),
                period.months(), finalised, standings, rankedGroups);
    }

    /** Every village, ranked by the average points a household earned in one of its finalised months. */
    @Transactional(readOnly = true)
    public TownshipStandings township(String periodText) {
        Period period = Period.parse(periodText);
        Map<Long, List<FrozenTotals.Frozen>> byVillage = frozen.ofTownship(period.months()).stream()
                .collect(Collectors.groupingBy(FrozenTotals.Frozen::villageId));
        List<TownshipStandings.VillageLine> lines = new ArrayList<>();
        for (Village village : villages.all()) {
            List<FrozenTotals.Frozen> months = byVillage.getOrDefault(village.id(), List.of());
            int householdMonths = months.size();
            int points = months.stream().mapToInt(FrozenTotals.Frozen::total).sum();
            int finalised = (int) months.stream().map(FrozenTotals.Frozen::month).distinct().count();
            int counted = (int) months.stream().map(FrozenTotals.Frozen::householdId).distinct().count();
            lines.add(new TownshipStandings.VillageLine(village.getCode(), village.getName(), village.isDemo(),
                    counted, finalised, points, average(points, householdMonths), null,
                    finalised == 0 ? "未评定：本期还没有定稿的月份" : null));
        }
        List<TownshipStandings.VillageLine> ranked = new ArrayList<>(
                Ranking.of(lines.stream().filter(line -> line.finalisedMonths() > 0).toList(),
                                line -> line.averagePerHouseholdMonth().movePointRight(1).intValue()).stream()
                        .map(r -> new TownshipStandings.VillageLine(r.item().code(), r.item().name(),
                                r.item().demo(), r.item().households(), r.item().finalisedMonths(),
                                r.item().points(), r.item().averagePerHouseholdMonth(), r.rank(), null))
                        .toList());
        lines.stream().filter(line -> line.finalisedMonths() == 0).forEach(ranked::add);
        return new TownshipStandings(period.text(), period.label(), ranked);
    }

    private static int points(Map<Long, int[]> sums, Household household) {
        return sums.getOrDefault(household.id(), new int[2])[0];
    }

    private static BigDecimal average(int total, int count) {
        return count == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
