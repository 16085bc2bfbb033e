package org.jifen.card.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jifen.access.Actor;
import org.jifen.card.CardService;
import org.jifen.endpoint.AuditedAct;
import org.jifen.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The village pages' card printing: the API's cards (ADR 0036), printed from a signed-in page. */
@PageController
class CardPages {

    private final CardService cards;
    private final CardPrints prints;

    CardPages(CardService cards, CardPrints prints) {
        this.cards = cards;
        this.prints = prints;
    }

    @AuditedAct(code = "card.issued", label = "打印户积分卡", target = "household #{#id}")
    @GetMapping("/v/{code}/households/{id}/card")
    ModelAndView card(@PathVariable String code, @PathVariable long id, Actor by, HttpServletRequest request,
            HttpServletResponse response) {
        return prints.one(cards.issue(code, id, by), request, response);
    }

    @AuditedAct(code = "cards.printed", label = "打印村民小组户积分卡", target = "group #{#group}")
    @GetMapping("/v/{code}/cards")
    ModelAndView groupCards(@PathVariable String code, @RequestParam String group, Actor by,
            HttpServletRequest request, HttpServletResponse response) {
        var printed = cards.issueForGroup(code, group, by);
        return prints.page(CardPrints.groupTitle(printed, group), printed, request, response);
    }
}
