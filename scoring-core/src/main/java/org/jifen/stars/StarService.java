package org.jifen.stars;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jifen.access.Actor;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.month.Period;
import org.jifen.ranking.RankingService;
import org.jifen.ranking.Standing;
import org.jifen.ranking.VillageStandings;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Star households from the village's standings ({@link RankingService}), and the lists for the notice board. */
@Service
public class StarService {

    private static final int DEFAULT_RED_LIST = 10;
    private static final int DEFAULT_HELP_LIST = 5;

    private final VillageService villages;
    private final StarSchemes schemes;
    private final RankingService rankings;
    private final FinalisedMonths finalisedMonths;
    private final Clock clock;

    StarService(VillageService villages, StarSchemes schemes, RankingService rankings,
            FinalisedMonths finalisedMonths, Clock clock) {
        this.villages = villages;
        this.schemes = schemes;
        this.rankings = rankings;
        this.finalisedMonths = finalisedMonths;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public StarSchemeView scheme(String villageCode) {
        Village village = villages.byCode(villageCode);
        return StarSchemeView.of(village.getCode(), scheme(village));
    }

    @Transactional
    public StarSchemeView setScheme(String villageCode, NewStarScheme request, Actor by) {
        Village village = villages.byCode(villageCode);
        List<NewStarScheme.Level> levels = request.levels().stream()
                .sorted(java.util.Comparator.comparing(NewStarScheme.Level::stars)).toList();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            if (!seen.add(levels.get(i).stars())) {
                throw new StarLevelsInconsistent(levels.get(i).stars() + " 星写了两次");
            }
            int expected = levels.get(0).stars() + i;
            if (levels.get(i).stars() != expected) {
                throw new StarLevelsInconsistent("缺少 " + expected + " 星的标准：星级须连续设定（例如 1 星到 5 星，或只评 5 星）");
            }
            if (i > 0 && levels.get(i).minPoints() <= levels.get(i - 1).minPoints()) {
                throw new StarLevelsInconsistent(levels.get(i).stars() + " 星所需积分（" + levels.get(i).minPoints()
                        + "）应高于 " + levels.get(i - 1).stars() + " 星（" + levels.get(i - 1).minPoints() + "）");
            }
        }
        StarScheme scheme = schemes.findByVillageId(village.id()).orElseGet(() -> new StarScheme(village.id()));
        scheme.set(request.period(), levels, request.vetoRemovesStar() == null || request.vetoRemovesStar(),
                request.redListSize() == null ? DEFAULT_RED_LIST : request.redListSize(),
                request.helpListSize() == null ? DEFAULT_HELP_LIST : request.helpListSize(), by.username(),
                clock.instant());
        return StarSchemeView.of(village.getCode(), schemes.save(scheme));
    }

    /** Every household's stars for the period (the village's latest rated period when left out). */
    @Transactional(readOnly = true)
    public StarRatings ratings(String villageCode, @Nullable String periodText) {
        Village village = villages.byCode(villageCode);
        StarScheme scheme = scheme(village);
        Period period = period(village, scheme, periodText);
        VillageStandings standings = rankings.village(village, period);
        List<StarRating> rated = standings.households().stream().map(s -> rating(s, scheme)).toList();
        Map<Integer, Integer> byStars = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (int stars = 0; stars <= 5; stars++) {
            byStars.put(stars, 0);
        }
        rated.forEach(rating -> byStars.merge(rating.stars(), 1, Integer::sum));
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from()); month.isBefore(YearMonth.from(period.until()));
                month = month.plusMonths(1)) {
            if (!standings.finalisedMonths().contains(month)) {
                missing.add(month);
            }
        }
        return new StarRatings(village.getCode(), village.getName(), period.text(), period.label(),
                standings.finalisedMonths(), missing.isEmpty(), draftNote(period, standings.finalisedMonths(), missing),
                StarSchemeView.of(village.getCode(), scheme), rated, byStars);
    }

    /**
     * The red list (红榜): households with at least one star and no vetoed month, best first, at least as many as the
     * village's list size (all tied at the last place included).
     */
    @Transactional(readOnly = true)
    public NoticeBoardList redList(String villageCode, @Nullable String periodText) {
        Village village = villages.byCode(villageCode);
        StarScheme scheme = scheme(village);
        StarRatings ratings = ratings(villageCode, periodText);
        List<StarRating> candidates = ratings.households().stream()
                .filter(r -> r.stars() > 0 && r.vetoMonths() == 0).toList();
        List<NoticeBoardList.Row> rows = new ArrayList<>();
        for (StarRating rating : candidates) {
            if (rows.size() >= scheme.getRedListSize() && rows.get(rows.size() - 1).points() > rating.points()) {
                break;
            }
            rows.add(row(rating, rating.stars() + " 星户，" + ratings.label() + "积分 " + rating.points() + " 分"));
        }
        return new NoticeBoardList(village.getCode(), village.getName(), ratings.period(), ratings.label(),
                NoticeBoardList.Kind.RED_LIST, title(village.getName() + " " + ratings.label() + " 红榜", ratings),
                ratings.finalisedMonths(), ratings.complete(), ratings.draftNote(), rows, clock.instant());
    }

    /**
     * The households needing help: every household vetoed in the period, then the lowest in points, at least as
     * many as the village's list size (all tied at the last place included). For the village committee to visit
     * and help, not to shame: the reason says why each is on the list.
     */
    @Transactional(readOnly = true)
    public NoticeBoardList helpList(String villageCode, @Nullable String periodText) {
        Village village = villages.byCode(villageCode);
        StarScheme scheme = scheme(village);
        StarRatings ratings = ratings(villageCode, periodText);
        List<NoticeBoardList.Row> rows = new ArrayList<>();
        for (StarRating rating : ratings.households()) {
            if (rating.vetoMonths() > 0) {
                rows.add(row(rating, "一票否决 " + rating.vetoMonths() + " 个月"));
            }
        }
        List<StarRating> lowest = new ArrayList<>(ratings.households().stream()
                .filter(r -> r.vetoMonths() == 0).toList());
        java.util.Collections.reverse(lowest);
        int added = 0;
        int lastPoints = Integer.MIN_VALUE;
        for (StarRating rating : lowest) {
            if (added >= scheme.getHelpListSize() && rating.points() != lastPoints) {
                break;
            }
            rows.add(row(rating, ratings.label() + "积分 " + rating.points() + " 分，全村排第 " + rating.rankInVillage()
                    + " 名（共 " + ratings.households().size() + " 户）"));
            added++;
            lastPoints = rating.points();
        }
        return new NoticeBoardList(village.getCode(), village.getName(), ratings.period(), ratings.label(),
                NoticeBoardList.Kind.NEEDS_HELP,
                title(village.getName() + " " + ratings.label() + " 需帮扶家庭户", ratings), ratings.finalisedMonths(),
                ratings.complete(), ratings.draftNote(), rows, clock.instant());
    }

    /** A list of a period not yet all finalised is a draft, and its title says so. */
    private static String title(String title, StarRatings ratings) {
        return ratings.complete() ? title : title + "（草稿）";
    }

    /** Which months count and which are still to be finalised, in the words the notice board shows; null if none. */
    private static @Nullable String draftNote(Period period, List<YearMonth> finalised, List<YearMonth> missing) {
        if (missing.isEmpty()) {
            return null;
        }
        String counted = finalised.isEmpty() ? "本期还没有定稿的月份"
                : "只计入已定稿的" + months(finalised);
        return "草稿：" + period.label() + "尚未全部定稿，" + counted + "；" + months(missing)
                + "尚未定稿。待全部定稿后再出正式名单，草稿请勿张贴。";
    }

    private static String months(List<YearMonth> months) {
        return String.join("、", months.stream()
                .map(month -> month.getYear() + "年" + month.getMonthValue() + "月").toList());
    }

    private StarScheme scheme(Village village) {
        return schemes.findByVillageId(village.id()).orElseThrow(() -> new StarSchemeNotSet(village.getCode()));
    }

    /** The period asked for, of the scheme's kind; or the one of the village's latest finalised month, or today's. */
    private Period period(Village village, StarScheme scheme, @Nullable String text) {
        if (text != null) {
            Period period = Period.parse(text);
            if (period.length() != scheme.getPeriod().months()) {
                throw new PeriodNotOfScheme(period, scheme.getPeriod());
            }
            return period;
        }
        YearMonth latest = finalisedMonths.findFirstByVillageIdOrderByMonthDesc(village.id())
                .map(month -> month.getMonth()).orElseGet(() -> YearMonth.now(clock));
        LocalDate day = latest.atDay(1);
        return scheme.getPeriod() == StarPeriod.YEAR ? Period.parse(String.valueOf(day.getYear()))
                : Period.quarterOf(day);
    }

    private static StarRating rating(Standing standing, StarScheme scheme) {
        return new StarRating(standing.householdId(), standing.householdNo(), standing.headName(), standing.group(),
                standing.points(), standing.vetoMonths(), scheme.stars(standing.points(), standing.vetoMonths()),
                standing.rankInVillage(), standing.rankInGroup());
    }

    private static NoticeBoardList.Row row(StarRating rating, String reason) {
        return new NoticeBoardList.Row(rating.rankInVillage(), rating.householdNo(), rating.headName(),
                rating.group(), rating.points(), rating.stars(), rating.vetoMonths(), reason);
    }
}
