package org.jifen.stars.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.printable.PrintablePage;
import org.jifen.stars.NewStarScheme;
import org.jifen.stars.NoticeBoardHtml;
import org.jifen.stars.NoticeBoardList;
import org.jifen.stars.StarRatings;
import org.jifen.stars.StarSchemeView;
import org.jifen.stars.StarService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Star households: the village's levels, the ratings, the red list and the households needing help. */
@RestController
class StarController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final StarService stars;
    private final Clock clock;

    StarController(StarService stars, Clock clock) {
        this.stars = stars;
        this.clock = clock;
    }

    @GetMapping("/api/villages/{code}/star-scheme")
    StarSchemeView scheme(@PathVariable String code) {
        return stars.scheme(code);
    }

    @AuditedAct(code = "star-scheme.set", label = "设定星级户评定标准", target = "star scheme #{#request.period()}",
            details = "{levels: #request.levels(), vetoRemovesStar: #request.vetoRemovesStar()}")
    @PutMapping("/api/villages/{code}/star-scheme")
    StarSchemeView setScheme(@PathVariable String code, @Valid @RequestBody NewStarScheme request, Actor by) {
        return stars.setScheme(code, request, by);
    }

    /** Every household's stars; {@code period} like 2024-Q3 or 2024, the latest rated one when left out. */
    @GetMapping("/api/villages/{code}/stars")
    StarRatings ratings(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        return stars.ratings(code, period);
    }

    @GetMapping("/api/villages/{code}/red-list")
    NoticeBoardList redList(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        return stars.redList(code, period);
    }

    @GetMapping(path = "/api/villages/{code}/red-list", produces = "text/html")
    ResponseEntity<String> redListPage(@PathVariable String code,
            @RequestParam(required = false) @Nullable String period) {
        return page(stars.redList(code, period));
    }

    @GetMapping("/api/villages/{code}/help-list")
    NoticeBoardList helpList(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        return stars.helpList(code, period);
    }

    @GetMapping(path = "/api/villages/{code}/help-list", produces = "text/html")
    ResponseEntity<String> helpListPage(@PathVariable String code,
            @RequestParam(required = false) @Nullable String period) {
        return page(stars.helpList(code, period));
    }

    private ResponseEntity<String> page(NoticeBoardList list) {
        return ResponseEntity.ok().contentType(HTML).header("Content-Security-Policy", PrintablePage.POLICY)
                .body(NoticeBoardHtml.render(list, clock.getZone()));
    }
}
