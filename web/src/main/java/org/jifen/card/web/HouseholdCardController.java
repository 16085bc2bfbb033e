package org.jifen.card.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jifen.access.Actor;
import org.jifen.card.CardAlreadyIssued;
import org.jifen.card.CardService;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.household.HouseholdNotFound;
import org.jifen.problem.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * Household cards to print (staff of the village): one household's or a whole villager group's, issued on demand the
 * first time and the same card printed again afterwards (ADR 0036); renewing revokes the old link (ADR 0027).
 */
@RestController
@Tag(name = "户积分卡 Household cards", description = "打印、补办家庭户积分卡 (cards whose QR code opens the household's page)")
class HouseholdCardController {

    private final CardService cards;
    private final CardPrints prints;

    HouseholdCardController(CardService cards, CardPrints prints) {
        this.cards = cards;
        this.prints = prints;
    }

    @AuditedAct(code = "card.issued", label = "打印户积分卡", target = "household #{#id}")
    @Operation(operationId = "printHouseholdCard", summary = "打印户积分卡（HTML）· Print a household's card")
    @Refuses({HouseholdNotFound.class, CardAlreadyIssued.class})
    @GetMapping("/api/villages/{code}/households/{id}/card")
    ModelAndView card(@PathVariable String code, @PathVariable long id, Actor by, HttpServletRequest request,
            HttpServletResponse response) {
        return prints.one(cards.issue(code, id, by), request, response);
    }

    @AuditedAct(code = "cards.printed", label = "打印村民小组户积分卡", target = "group #{#group}")
    @Operation(operationId = "printGroupCards", summary = "打印一个村民小组的户积分卡 · Print a villager group's cards")
    @Refuses(NotFound.class)
    @GetMapping("/api/villages/{code}/cards")
    ModelAndView groupCards(@PathVariable String code, @RequestParam String group, Actor by,
            HttpServletRequest request, HttpServletResponse response) {
        var printed = cards.issueForGroup(code, group, by);
        return prints.page(CardPrints.groupTitle(printed, group), printed, request, response);
    }

    @AuditedAct(code = "card.renewed", label = "补办户积分卡（旧卡作废）", target = "household #{#id}")
    @Operation(operationId = "renewHouseholdCard", summary = "补办户积分卡，旧卡作废 · Renew a card, revoking the old one")
    @Refuses(HouseholdNotFound.class)
    @PostMapping("/api/villages/{code}/households/{id}/card:renew")
    ModelAndView renew(@PathVariable String code, @PathVariable long id, Actor by, HttpServletRequest request,
            HttpServletResponse response) {
        return prints.one(cards.renew(code, id, by), request, response);
    }
}
