package org.jifen.card.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jifen.access.Actor;
import org.jifen.card.CardService;
import org.jifen.endpoint.AuditedAct;
import org.jifen.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The village pages' card printing and renewal: the API's cards (ADR 0036, 0027), from a signed-in page. */
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

    /**
     * 补办新卡 from the household's page: the API's {@code card:renew}, the old card's link revoked at once; then the
     * new card's print page by a redirect, so that reloading it prints the same new card and renews nothing again.
     */
    @AuditedAct(code = "card.renewed", label = "补办户积分卡（旧卡作废）", target = "household #{#id}")
    @PostMapping("/v/{code}/households/{id}/card/renew")
    String renew(@PathVariable String code, @PathVariable long id, Actor by) {
        cards.renew(code, id, by);
        return "redirect:/v/" + code + "/households/" + id + "/card";
    }

    @AuditedAct(code = "cards.printed", label = "打印村民小组户积分卡", target = "group #{#group}")
    @GetMapping("/v/{code}/cards")
    ModelAndView groupCards(@PathVariable String code, @RequestParam String group, Actor by,
            HttpServletRequest request, HttpServletResponse response) {
        var printed = cards.issueForGroup(code, group, by);
        return prints.page(CardPrints.groupTitle(printed, group), printed, request, response);
    }
}
