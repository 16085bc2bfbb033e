package org.jifen.notice;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.access.Actor;
import org.jifen.finalisation.FinalisedMonth;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.household.Household;
import org.jifen.household.Households;
import org.jifen.month.MonthService;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.VillageService;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts together a village's quarterly public notice from its finalised months, and records its publication. */
@Service
public class NoticeService {

    private static final String TITLE = "乡村治理积分公示";

    private final VillageService villageService;
    private final Villages villages;
    private final Households households;
    private final FinalisedMonths finalisedMonths;
    private final MonthService months;
    private final NoticePublications publications;
    private final Clock clock;

    NoticeService(VillageService villageService, Villages villages, Households households,
            FinalisedMonths finalisedMonths, MonthService months, NoticePublications publications, Clock clock) {
        this.villageService = villageService;
        this.villages = villages;
        this.households = households;
        this.finalisedMonths = finalisedMonths;
        this.months = months;
        this.publications = publications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PublicNotice notice(String villageCode, String quarterText) {
        Quarter quarter = Quarter.parse(quarterText);
        Village village = villageService.byCode(villageCode);
        List<YearMonth> quarterMonths = quarter.months();
        List<YearMonth> finalised = finalised(village, quarterMonths);
        Map<Long, Map<YearMonth, Integer>> totals = months.finalisedTotals(village.id(), finalised);
        Optional<NoticePublication> publication = publications.findByVillageIdAndQuarter(village.id(),
                quarter.toString());
        return new PublicNotice(village.getCode(), village.getName(), quarter.toString(),
                village.getName() + " " + quarter.label() + " " + TITLE, quarterMonths, finalised,
                publication.map(NoticePublication::getPublishedAt).orElse(null),
                publication.map(NoticePublication::getPublishedBy).orElse(null),
                publication.map(NoticePublication::getFinalisedMonths).orElse(null),
                clock.instant(), groups(village, quarterMonths, finalised, totals));
    }

    /** Records that the notice was published; a quarter is published once, when all its months are finalised. */
    @Transactional
    public Publication publish(String villageCode, String quarterText, Actor by) {
        Quarter quarter = Quarter.parse(quarterText);
        Village village = villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        if (publications.findByVillageIdAndQuarter(village.id(), quarter.toString()).isPresent()) {
            throw new NoticeAlreadyPublished(villageCode, quarter);
        }
        List<YearMonth> quarterMonths = quarter.months();
        List<YearMonth> finalised = finalised(village, quarterMonths);
        if (finalised.isEmpty()) {
            throw new NothingToPublish(villageCode, quarter);
        }
        if (finalised.size() < quarterMonths.size()) {
            throw new QuarterNotFinalised(quarter, quarterMonths.stream().filter(month -> !finalised.contains(month))
                    .toList());
        }
        return Publication.of(publications.save(new NoticePublication(village.id(), quarter, finalised,
                by.username(), clock.instant())));
    }

    /** The village's publication of the quarter's notice, if it was published. */
    @Transactional(readOnly = true)
    public Optional<Publication> published(long villageId, Quarter quarter) {
        return publications.findByVillageIdAndQuarter(villageId, quarter.toString()).map(Publication::of);
    }

    private List<YearMonth> finalised(Village village, List<YearMonth> quarterMonths) {
        return finalisedMonths.findByVillageIdAndMonthInOrderByMonth(village.id(), quarterMonths).stream()
                .map(FinalisedMonth::getMonth).toList();
    }

    /** The village's groups in its own order (公示到组), then any group it does not list, by name. */
    private List<PublicNotice.GroupRanking> groups(Village village, List<YearMonth> quarterMonths,
            List<YearMonth> finalised, Map<Long, Map<YearMonth, Integer>> totals) {
        Map<String, List<PublicNotice.Row>> byGroup = new LinkedHashMap<>();
        village.getGroups().forEach(group -> byGroup.put(group, new ArrayList<>()));
        // A household no longer eligible keeps the points of the months it was scored in (ADR 0021); one registered
        // after the quarter's months were all finalised was never part of them.
        boolean open = finalised.size() < quarterMonths.size();
        households.findByVillageIdOrderByGroupAscHouseholdNoAsc(village.id()).stream()
                .filter(household -> (open && household.isEligible()) || totals.containsKey(household.id()))
                .forEach(household -> byGroup.computeIfAbsent(household.getGroup(), group -> new ArrayList<>())
                        .add(row(household, quarterMonths, finalised, totals.getOrDefault(household.id(), Map.of()))));
        return byGroup.entrySet().stream().filter(group -> !group.getValue().isEmpty())
                .map(group -> new PublicNotice.GroupRanking(group.getKey(),
                        Ranking.of(group.getValue(), PublicNotice.Row::total).stream()
                                .map(ranked -> withRank(ranked.item(), ranked.rank())).toList()))
                .toList();
    }

    /** A household's row, unranked: a finalised month it has no figures for (registered later) counts 0. */
    private static PublicNotice.Row row(Household household, List<YearMonth> quarterMonths, List<YearMonth> finalised,
            Map<YearMonth, Integer> totals) {
        Map<YearMonth, @Nullable Integer> byMonth = new LinkedHashMap<>();
        int total = 0;
        for (YearMonth month : quarterMonths) {
            Integer counted = finalised.contains(month) ? totals.getOrDefault(month, 0) : null;
            byMonth.put(month, counted);
            total += counted == null ? 0 : counted;
        }
        return new PublicNotice.Row(0, household.id(), household.getHouseholdNo(), household.getHeadName(), byMonth,
                total);
    }

    private static PublicNotice.Row withRank(PublicNotice.Row row, int rank) {
        return new PublicNotice.Row(rank, row.householdId(), row.householdNo(), row.headName(), row.months(),
                row.total());
    }
}
