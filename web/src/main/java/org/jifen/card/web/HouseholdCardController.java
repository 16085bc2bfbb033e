package org.jifen.card.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.card.CardHtml;
import org.jifen.card.CardService;
import org.jifen.card.IssuedCard;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The household's card to print (staff of the village): issued on demand the first time, renewed afterwards, since
 * the token is shown only when it is made (ADR 0027).
 */
@RestController
class HouseholdCardController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final CardService cards;
    private final PublicLinks links;
    private final Clock clock;

    HouseholdCardController(CardService cards, PublicLinks links, Clock clock) {
        this.cards = cards;
        this.links = links;
        this.clock = clock;
    }

    @AuditedAct(code = "card.issued", label = "打印户积分卡", target = "household #{#id}")
    @GetMapping("/api/villages/{code}/households/{id}/card")
    ResponseEntity<String> card(@PathVariable String code, @PathVariable long id, Actor by,
            HttpServletRequest request) {
        return printable(cards.issue(code, id, by), request);
    }

    @AuditedAct(code = "card.renewed", label = "补办户积分卡（旧卡作废）", target = "household #{#id}")
    @PostMapping("/api/villages/{code}/households/{id}/card:renew")
    ResponseEntity<String> renew(@PathVariable String code, @PathVariable long id, Actor by,
            HttpServletRequest request) {
        return printable(cards.renew(code, id, by), request);
    }

    private ResponseEntity<String> printable(IssuedCard card, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
                .body(CardHtml.render(card, links.page(request, card.token()), clock.getZone()));
    }
}
