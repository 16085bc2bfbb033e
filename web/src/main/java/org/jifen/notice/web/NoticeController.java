package org.jifen.notice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.notice.MalformedQuarter;
import org.jifen.notice.NothingToPublish;
import org.jifen.notice.NoticeAlreadyPublished;
import org.jifen.notice.NoticeCsv;
import org.jifen.notice.NoticeService;
import org.jifen.notice.PublicNotice;
import org.jifen.notice.Publication;
import org.jifen.notice.QuarterNotFinalised;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/** The quarterly notice in three forms, chosen by {@code Accept}: JSON (the default), CSV for Excel, HTML to print. */
@RestController
@Tag(name = "季度公示 Notices", description = "按村民小组排名的季度积分公示 (the quarter's notice, group by group)")
class NoticeController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @Operation(operationId = "getNotice",
            summary = "季度积分公示（JSON、CSV 或可打印的 HTML）· Get the quarter's notice (JSON, CSV or HTML)")
    @Refuses(MalformedQuarter.class)
    @GetMapping("/api/villages/{code}/notices/{quarter}")
    PublicNotice json(@PathVariable String code, @PathVariable String quarter) {
        return notices.notice(code, quarter);
    }

    @Operation(operationId = "getNotice",
            summary = "季度积分公示（JSON、CSV 或可打印的 HTML）· Get the quarter's notice (JSON, CSV or HTML)")
    @Refuses(MalformedQuarter.class)
    @GetMapping(path = "/api/villages/{code}/notices/{quarter}", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String code, @PathVariable String quarter) {
        PublicNotice notice = notices.notice(code, quarter);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"notice-" + notice.village() + "-"
                        + notice.quarter() + ".csv\"")
                .body(NoticeCsv.render(notice));
    }

    @Operation(operationId = "getNotice",
            summary = "季度积分公示（JSON、CSV 或可打印的 HTML）· Get the quarter's notice (JSON, CSV or HTML)")
    @Refuses(MalformedQuarter.class)
    @GetMapping(path = "/api/villages/{code}/notices/{quarter}", produces = "text/html")
    ModelAndView html(@PathVariable String code, @PathVariable String quarter) {
        return NoticePrint.page(notices.notice(code, quarter));
    }

    @AuditedAct(code = "notice.published", label = "发布积分公示", target = "notice #{#quarter}",
            details = "{finalisedMonths: #result?.body?.finalisedMonths()}")
    @Operation(operationId = "publishNotice", summary = "发布季度公示，公示期开始 · Publish the quarter's notice",
            responses = @ApiResponse(responseCode = "201", description = "已公布 (published)", useReturnTypeSchema = true))
    @Refuses({MalformedQuarter.class, NoticeAlreadyPublished.class, NothingToPublish.class,
            QuarterNotFinalised.class})
    @PostMapping("/api/villages/{code}/notices/{quarter}/publish")
    ResponseEntity<Publication> publish(@PathVariable String code, @PathVariable String quarter, Actor by) {
        // Publish first: an unknown village or quarter is refused before its name goes into a Location header.
        Publication publication = notices.publish(code, quarter, by);
        return ResponseEntity.created(org.springframework.web.util.UriComponentsBuilder
                .fromPath("/api/villages/{code}/notices/{quarter}").buildAndExpand(code, quarter).encode().toUri())
                .body(publication);
    }
}
