package org.jifen.month.web;

import java.time.YearMonth;
import org.jifen.month.MonthService;
import org.jifen.month.MonthView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MonthController {

    private final MonthService months;

    MonthController(MonthService months) {
        this.months = months;
    }

    @GetMapping("/api/villages/{code}/households/{id}/months/{month}")
    MonthView month(@PathVariable String code, @PathVariable long id, @PathVariable YearMonth month) {
        return months.view(code, id, month);
    }
}
