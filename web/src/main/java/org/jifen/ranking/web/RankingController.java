package org.jifen.ranking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.jifen.endpoint.Refuses;
import org.jifen.month.MalformedPeriod;
import org.jifen.month.Period;
import org.jifen.ranking.RankingService;
import org.jifen.ranking.TownshipStandings;
import org.jifen.ranking.VillageStandings;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rankings for a period ({@code period=2024}, {@code 2024-Q3} or {@code 2024-07}; the current quarter when left
 * out): households within their group and village and groups within the village; villages within the township.
 */
@RestController
@Tag(name = "星级户与排名 Stars and rankings", description = "星级户、红榜、需帮扶户、排名 (star households, lists, rankings)")
class RankingController {

    private final RankingService rankings;
    private final Clock clock;

    RankingController(RankingService rankings, Clock clock) {
        this.rankings = rankings;
        this.clock = clock;
    }

    @Operation(operationId = "getVillageRankings", summary = "本村各户与各村民小组排名 · Rank a village's households and groups")
    @Refuses(MalformedPeriod.class)
    @GetMapping("/api/villages/{code}/rankings")
    VillageStandings village(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        return rankings.village(code, period(period));
    }

    @Operation(operationId = "getTownshipRankings", summary = "全镇各村排名 · Rank the township's villages")
    @Refuses(MalformedPeriod.class)
    @GetMapping("/api/township/rankings")
    TownshipStandings township(@RequestParam(required = false) @Nullable String period) {
        return rankings.township(period(period));
    }

    private String period(@Nullable String requested) {
        return Period.orQuarterOf(requested, LocalDate.now(clock));
    }
}
