package org.jifen.card.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jifen.card.CardHolder;
import org.jifen.card.CardNotFound;
import org.jifen.card.CardService;
import org.jifen.card.HouseholdPageHtml;
import org.jifen.card.HouseholdPageService;
import org.jifen.card.ObjectionForm;
import org.jifen.objection.NewObjection;
import org.jifen.objection.ObjectionService;
import org.jifen.objection.RaisedVia;
import org.jifen.problem.Refusal;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A household's own page, opened from its card without an account ({@code /h/{token}}, public on purpose), and its
 * objection form. Every answer is an HTML page in Chinese; an unknown link says nothing about any household.
 */
@Controller
class HouseholdPageController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final int MAX_REASON = 500;

    private final CardService cards;
    private final HouseholdPageService pages;
    private final ObjectionService objections;
    private final Clock clock;

    HouseholdPageController(CardService cards, HouseholdPageService pages, ObjectionService objections,
            Clock clock) {
        this.cards = cards;
        this.pages = pages;
        this.objections = objections;
        this.clock = clock;
    }

    @GetMapping("/h/{token}")
    ResponseEntity<String> page(@PathVariable String token, CsrfToken csrf) {
        CardHolder holder = cards.open(token);
        ObjectionForm form = new ObjectionForm("/h/" + token + "/objections", csrf.getParameterName(),
                csrf.getToken());
        return ResponseEntity.ok().contentType(HTML)
                .body(HouseholdPageHtml.render(pages.page(holder), form, clock.getZone()));
    }

    /** The household's objection to one of its entries; back to its page, which lists it, once recorded. */
    @PostMapping("/h/{token}/objections")
    ResponseEntity<String> object(@PathVariable String token,
            @RequestParam(required = false) @Nullable String awardId,
            @RequestParam(required = false) @Nullable String reason) {
        CardHolder holder = cards.open(token);
        Long award = number(awardId);
        if (award == null || reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            return ResponseEntity.badRequest().contentType(HTML).body(HouseholdPageHtml.refused(
                    "请写明异议理由（500 字以内）后再提交。"));
        }
        objections.raise(holder.villageCode(), new NewObjection(holder.householdId(), award, reason, null),
                RaisedVia.HOUSEHOLD_PAGE, null);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/h/" + token)).build();
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<String> refused(Refusal refusal) {
        if (refusal instanceof CardNotFound) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(HouseholdPageHtml.notFound());
        }
        return ResponseEntity.status(Problems.status(refusal)).contentType(HTML)
                .body(HouseholdPageHtml.refused(refusal.getMessage()));
    }

    private static @Nullable Long number(@Nullable String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
