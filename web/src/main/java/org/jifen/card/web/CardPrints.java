package org.jifen.card.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import org.jifen.card.IssuedCard;
import org.jifen.card.QrSvg;
import org.jifen.web.PrintStyle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Household cards as a page to print (template {@code card/print}), for the API and the village pages alike: each
 * card on a sheet of its own, its QR code inline, its stylesheet allowed by hash and nothing else (ADR 0036).
 */
@Component
class CardPrints {

    /** A card page is its stylesheet and inline SVG: nothing to load, no script, the one style allowed by its hash. */
    static final String POLICY = "default-src 'none'; style-src " + PrintStyle.source()
            + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** One card as printed: the household, its page's address and that address as a QR code. */
    record PrintedCard(String villageName, String householdNo, String headName, String group, Instant issuedAt,
            String link, String qrSvg) {
    }

    private final PublicLinks links;

    CardPrints(PublicLinks links) {
        this.links = links;
    }

    ModelAndView page(String title, List<IssuedCard> cards, HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        ModelAndView page = new ModelAndView("card/print");
        page.addObject("title", title);
        page.addObject("printStyle", PrintStyle.css());
        page.addObject("cards", cards.stream().map(card -> {
            String link = links.page(request, card.token());
            return new PrintedCard(card.villageName(), card.householdNo(), card.headName(), card.group(),
                    card.issuedAt(), link, QrSvg.of(link, "5cm"));
        }).toList());
        return page;
    }

    ModelAndView one(IssuedCard card, HttpServletRequest request, HttpServletResponse response) {
        return page(card.villageName() + " 家庭户积分卡", List.of(card), request, response);
    }

    static String groupTitle(List<IssuedCard> printed, String group) {
        return printed.isEmpty() ? group : printed.get(0).villageName() + " " + group + " 家庭户积分卡";
    }
}
