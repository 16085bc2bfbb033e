package org.jifen.stars.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.month.MalformedPeriod;
import org.jifen.stars.NewStarScheme;
import org.jifen.stars.NoticeBoardList;
import org.jifen.stars.PeriodNotOfScheme;
import org.jifen.stars.StarLevelsInconsistent;
import org.jifen.stars.StarRatings;
import org.jifen.stars.StarSchemeNotSet;
import org.jifen.stars.StarSchemeView;
import org.jifen.stars.StarService;
import org.jifen.web.PrintStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/** Star households: the village's levels, the ratings, the red list and the households needing help. */
@RestController
@Tag(name = "星级户与排名 Stars and rankings", description = "星级户、红榜、需帮扶户、排名 (star households, lists, rankings)")
class StarController {

    private final StarService stars;

    StarController(StarService stars) {
        this.stars = stars;
    }

    @Operation(operationId = "getStarScheme", summary = "本村星级户评定标准 · Get the star levels")
    @Refuses(StarSchemeNotSet.class)
    @GetMapping("/api/villages/{code}/star-scheme")
    StarSchemeView scheme(@PathVariable String code) {
        return stars.scheme(code);
    }

    @AuditedAct(code = "star-scheme.set", label = "设定星级户评定标准", target = "star scheme #{#request.period()}",
            details = "{levels: #request.levels(), vetoRemovesStar: #request.vetoRemovesStar()}")
    @Operation(operationId = "setStarScheme", summary = "设定星级户评定标准 · Set the star levels")
    @Refuses(StarLevelsInconsistent.class)
    @PutMapping("/api/villages/{code}/star-scheme")
    StarSchemeView setScheme(@PathVariable String code, @Valid @RequestBody NewStarScheme request, Actor by) {
        return stars.setScheme(code, request, by);
    }

    /** Every household's stars; {@code period} like 2024-Q3 or 2024, the latest rated one when left out. */
    @Operation(operationId = "getStarRatings", summary = "星级户评定结果 · Get the households' stars")
    @Refuses({StarSchemeNotSet.class, MalformedPeriod.class, PeriodNotOfScheme.class})
    @GetMapping("/api/villages/{code}/stars")
    StarRatings ratings(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        return stars.ratings(code, period);
    }

    @Operation(operationId = "getRedList", summary = "红榜（JSON 或可打印的 HTML）· Get the red list (JSON or HTML)")
    @Refuses({StarSchemeNotSet.class, MalformedPeriod.class, PeriodNotOfScheme.class})
    @GetMapping("/api/villages/{code}/red-list")
    NoticeBoardList redList(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        return stars.redList(code, period);
    }

    @Operation(operationId = "getRedList", summary = "红榜（JSON 或可打印的 HTML）· Get the red list (JSON or HTML)")
    @Refuses({StarSchemeNotSet.class, MalformedPeriod.class, PeriodNotOfScheme.class})
    @GetMapping(path = "/api/villages/{code}/red-list", produces = "text/html")
    ModelAndView redListPage(@PathVariable String code,
            @RequestParam(required = false) @Nullable String period) {
        return page(stars.redList(code, period));
    }

    @Operation(operationId = "getHelpList", summary = "需帮扶家庭户（JSON 或可打印的 HTML）· Get the households needing help (JSON or HTML)")
    @Refuses({StarSchemeNotSet.class, MalformedPeriod.class, PeriodNotOfScheme.class})
    @GetMapping("/api/villages/{code}/help-list")
    NoticeBoardList helpList(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        return stars.helpList(code, period);
    }

    @Operation(operationId = "getHelpList", summary = "需帮扶家庭户（JSON 或可打印的 HTML）· Get the households needing help (JSON or HTML)")
    @Refuses({StarSchemeNotSet.class, MalformedPeriod.class, PeriodNotOfScheme.class})
    @GetMapping(path = "/api/villages/{code}/help-list", produces = "text/html")
    ModelAndView helpListPage(@PathVariable String code,
            @RequestParam(required = false) @Nullable String period) {
        return page(stars.helpList(code, period));
    }

    /** A list for the notice board (template {@code stars/board}). */
    private static ModelAndView page(NoticeBoardList list) {
        ModelAndView page = new ModelAndView("stars/board");
        page.addObject("list", list);
        page.addObject("printStyle", PrintStyle.css());
        return page;
    }
}
