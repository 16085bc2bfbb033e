package org.jifen.card.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jifen.card.IssuedCard;
import org.jifen.card.QrSvg;
import org.jifen.web.PrintStyle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Household cards as a page to print (template {@code card/print}), for the API and the village pages alike: eight
 * cards to an A4 sheet with dashed lines to cut along (ADR 0129), each QR code inline, the stylesheet allowed by hash
 * and nothing else (ADR 0036).
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

    /** Cards on one A4 sheet: two across, four down, each 10 cm × 7 cm. */
    static final int PER_SHEET = 8;

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
        List<PrintedCard> printed = cards.stream().map(card -> {
            String link = links.page(request, card.token());
            return new PrintedCard(card.villageName(), card.householdNo(), card.headName(), card.group(),
                    card.issuedAt(), link, QrSvg.of(link, "3cm"));
        }).toList();
        List<List<PrintedCard>> sheets = new ArrayList<>();
        for (int from = 0; from < printed.size(); from += PER_SHEET) {
            sheets.add(printed.subList(from, Math.min(from + PER_SHEET, printed.size())));
        }
        page.addObject("cards", printed);
        page.addObject("sheets", sheets);
        return page;
    }

    ModelAndView one(IssuedCard card, HttpServletRequest request, HttpServletResponse response) {
        return page(card.villageName() + " 家庭户积分卡", List.of(card), request, response);
    }

    static String groupTitle(List<IssuedCard> printed, String group) {
        return printed.isEmpty() ? group : printed.get(0).villageName() + " " + group + " 家庭户积分卡";
    }
}
