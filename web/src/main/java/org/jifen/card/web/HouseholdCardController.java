package org.jifen.card.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.card.CardAlreadyIssued;
import org.jifen.card.CardHtml;
import org.jifen.card.CardService;
import org.jifen.card.IssuedCard;
import org.jifen.household.HouseholdNotFound;
import org.jifen.problem.NotFound;
import org.jifen.web.Refuses;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Household cards to print (staff of the village): one household's or a whole villager group's, issued on demand the
 * first time and the same card printed again afterwards (ADR 0036); renewing revokes the old link (ADR 0027).
 */
@RestController
@Tag(name = "户积分卡 Household cards", description = "打印、补办家庭户积分卡 (cards whose QR code opens the household's page)")
class HouseholdCardController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final String CSP = "Content-Security-Policy";
    /** A card page is its stylesheet and inline SVG: nothing to load, no script, the one style allowed by its hash. */
    private static final String POLICY = "default-src 'none'; style-src " + CardHtml.styleSource()
            + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final CardService cards;
    private final PublicLinks links;
    private final Clock clock;

    HouseholdCardController(CardService cards, PublicLinks links, Clock clock) {
        this.cards = cards;
        this.links = links;
        this.clock = clock;
    }

    @AuditedAct(code = "card.issued", label = "打印户积分卡", target = "household #{#id}")
    @Operation(operationId = "printHouseholdCard", summary = "打印户积分卡（HTML）· Print a household's card")
    @Refuses({HouseholdNotFound.class, CardAlreadyIssued.class})
    @GetMapping("/api/villages/{code}/households/{id}/card")
    ResponseEntity<String> card(@PathVariable String code, @PathVariable long id, Actor by,
            HttpServletRequest request) {
        return printable(cards.issue(code, id, by), request);
    }

    @AuditedAct(code = "cards.printed", label = "打印村民小组户积分卡", target = "group #{#group}")
    @Operation(operationId = "printGroupCards", summary = "打印一个村民小组的户积分卡 · Print a villager group's cards")
    @Refuses(NotFound.class)
    @GetMapping("/api/villages/{code}/cards")
    ResponseEntity<String> groupCards(@PathVariable String code, @RequestParam String group, Actor by,
            HttpServletRequest request) {
        List<IssuedCard> printed = cards.issueForGroup(code, group, by);
        String title = printed.isEmpty() ? group : printed.get(0).villageName() + " " + group + " 家庭户积分卡";
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).header(CSP, POLICY)
                .body(CardHtml.render(title, printed, card -> links.page(request, card.token()), clock.getZone()));
    }

    @AuditedAct(code = "card.renewed", label = "补办户积分卡（旧卡作废）", target = "household #{#id}")
    @Operation(operationId = "renewHouseholdCard", summary = "补办户积分卡，旧卡作废 · Renew a card, revoking the old one")
    @Refuses(HouseholdNotFound.class)
    @PostMapping("/api/villages/{code}/households/{id}/card:renew")
    ResponseEntity<String> renew(@PathVariable String code, @PathVariable long id, Actor by,
            HttpServletRequest request) {
        return printable(cards.renew(code, id, by), request);
    }

    private ResponseEntity<String> printable(IssuedCard card, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).header(CSP, POLICY)
                .body(CardHtml.render(card, links.page(request, card.token()), clock.getZone()));
    }
}
