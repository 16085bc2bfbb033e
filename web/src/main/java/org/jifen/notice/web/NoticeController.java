package org.jifen.notice.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.notice.NoticeCsv;
import org.jifen.notice.NoticeService;
import org.jifen.notice.Publication;
import org.jifen.notice.PublicNotice;
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
class NoticeController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping("/api/villages/{code}/notices/{quarter}")
    PublicNotice json(@PathVariable String code, @PathVariable String quarter) {
        return notices.notice(code, quarter);
    }

    @GetMapping(path = "/api/villages/{code}/notices/{quarter}", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String code, @PathVariable String quarter) {
        PublicNotice notice = notices.notice(code, quarter);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"notice-" + notice.village() + "-"
                        + notice.quarter() + ".csv\"")
                .body(NoticeCsv.render(notice));
    }

    @GetMapping(path = "/api/villages/{code}/notices/{quarter}", produces = "text/html")
    ModelAndView html(@PathVariable String code, @PathVariable String quarter) {
        return NoticePrint.page(notices.notice(code, quarter));
    }

    @AuditedAct(code = "notice.published", label = "发布积分公示", target = "notice #{#quarter}",
            details = "{finalisedMonths: #result?.body?.finalisedMonths()}")
    @PostMapping("/api/villages/{code}/notices/{quarter}/publish")
    ResponseEntity<Publication> publish(@PathVariable String code, @PathVariable String quarter, Actor by) {
        // Publish first: an unknown village or quarter is refused before its name goes into a Location header.
        Publication publication = notices.publish(code, quarter, by);
        return ResponseEntity.created(org.springframework.web.util.UriComponentsBuilder
                .fromPath("/api/villages/{code}/notices/{quarter}").buildAndExpand(code, quarter).encode().toUri())
                .body(publication);
    }
}
