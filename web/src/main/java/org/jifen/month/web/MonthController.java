package org.jifen.month.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import org.jifen.endpoint.Refuses;
import org.jifen.household.HouseholdNotFound;
import org.jifen.month.MonthService;
import org.jifen.month.MonthView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "月度积分 Household months", description = "一户一个月的积分 (a household's month)")
class MonthController {

    private final MonthService months;

    MonthController(MonthService months) {
        this.months = months;
    }

    @Operation(operationId = "getHouseholdMonth", summary = "一户一个月的积分 · Get a household's month")
    @Refuses(HouseholdNotFound.class)
    @GetMapping("/api/villages/{code}/households/{id}/months/{month}")
    MonthView month(@PathVariable String code, @PathVariable long id, @PathVariable YearMonth month) {
        return months.view(code, id, month);
    }
}
