package org.jifen.month.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import org.jifen.endpoint.Refuses;
import org.jifen.household.HouseholdNotFound;
import org.jifen.month.EntryPage;
import org.jifen.month.MonthService;
import org.jifen.month.MonthView;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "月度积分 Household months", description = "一户一个月的积分 (a household's month)")
class MonthController {

    private final MonthService months;

    MonthController(MonthService months) {
        this.months = months;
    }

    @Operation(operationId = "getHouseholdMonth", summary = "一户一个月的积分 · Get a household's month",
            description = """
                    The figures count every entry of the month; `awards` is one page of its `entries`, in the order \
                    they were written (ADR 0220): the first 500 unless `size` asks for fewer or more (at most 1000). \
                    Where more follow, `next` is the address of the next page (`?after=` the last entry's id on \
                    this one) and `nextAfter` that id; both null on the last page. An event's award names who \
                    recorded the event in `recordedBy`; one a re-scoring entered also names who activated the \
                    version that re-scored it in `rescoredBy` (ADR 0251).""")
    @Refuses(HouseholdNotFound.class)
    @GetMapping("/api/villages/{code}/households/{id}/months/{month}")
    MonthView month(@PathVariable String code, @PathVariable long id, @PathVariable YearMonth month,
            @Parameter(description = "上一页最后一笔的编号（nextAfter）；不写则是第一页 (the id of the last entry of the "
                    + "page before, nextAfter; none: the first page)")
            @RequestParam(required = false) @Nullable Long after,
            @Parameter(description = "每页的积分记录笔数，1 到 1000，默认 500 (entries on the page, 1 to 1000, default 500)")
            @RequestParam(defaultValue = "" + EntryPage.API_SIZE) int size) {
        int pageSize = Math.max(1, Math.min(size, EntryPage.MAX_SIZE));
        return months.view(code, id, month, EntryPage.after(after == null ? 0 : after, pageSize))
                .linked("/api/villages/" + code + "/households/" + id + "/months/" + month, pageSize);
    }
}
