package org.jifen.notice.web;

import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.notice.NoticeService;
import org.jifen.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The quarter's notice on a page (村管理员): printed for the notice board and published; the quarter's page itself, with
 * its objections, is the objection feature's. Same services and audit as the API.
 */
@PageController
class NoticePages {

    private final NoticeService notices;

    NoticePages(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping("/v/{code}/quarters/{quarter}/print")
    ModelAndView print(@PathVariable String code, @PathVariable String quarter) {
        return NoticePrint.page(notices.notice(code, quarter));
    }

    @AuditedAct(code = "notice.published", label = "发布积分公示", target = "notice #{#quarter}")
    @PostMapping("/v/{code}/quarters/{quarter}/publish")
    String publish(@PathVariable String code, @PathVariable String quarter, Actor by) {
        notices.publish(code, quarter, by);
        return "redirect:/v/" + code + "/quarters/" + quarter + "?published";
    }
}
