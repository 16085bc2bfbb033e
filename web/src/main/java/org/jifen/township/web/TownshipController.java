package org.jifen.township.web;

import java.util.List;
import org.jifen.township.TownshipOverview;
import org.jifen.township.VillageOverview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TownshipController {

    private final TownshipOverview overview;

    TownshipController(TownshipOverview overview) {
        this.overview = overview;
    }

    /** One row per village: coverage, the plan filed with the township, the monthly cycle's progress. */
    @GetMapping("/api/township/overview")
    List<VillageOverview> overview() {
        return overview.villages();
    }
}
