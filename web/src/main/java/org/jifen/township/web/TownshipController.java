package org.jifen.township.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jifen.township.TownshipOverview;
import org.jifen.township.VillageOverview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "全镇 Township", description = "全镇各村概况 (every village at a glance)")
class TownshipController {

    private final TownshipOverview overview;

    TownshipController(TownshipOverview overview) {
        this.overview = overview;
    }

    /** One row per village: coverage, the plan filed with the township, the monthly cycle's progress. */
    @Operation(operationId = "getTownshipOverview", summary = "全镇各村概况 · Every village at a glance")
    @GetMapping("/api/township/overview")
    List<VillageOverview> overview() {
        return overview.villages();
    }
}
