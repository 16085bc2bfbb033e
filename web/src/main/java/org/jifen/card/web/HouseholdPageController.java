package org.jifen.card.web;

import org.jifen.card.CardHolder;
import org.jifen.card.CardNotFound;
import org.jifen.card.CardService;
import org.jifen.card.HouseholdPageService;
import org.jifen.objection.NewObjection;
import org.jifen.objection.ObjectionService;
import org.jifen.objection.RaisedVia;
import org.jifen.problem.Refusal;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A household's own page, opened from its card without an account ({@code /h/{token}}, public on purpose), and its
 * objection form. Every answer is an HTML page in Chinese; an unknown link says nothing about any household.
 */
@Controller
class HouseholdPageController {

    private static final int MAX_REASON = 500;

    private final CardService cards;
    private final HouseholdPageService pages;
    private final ObjectionService objections;

    HouseholdPageController(CardService cards, HouseholdPageService pages, ObjectionService objections) {
        this.cards = cards;
        this.pages = pages;
        this.objections = objections;
    }

    @GetMapping("/h/{token}")
    String page(@PathVariable String token, Model model) {
        CardHolder holder = cards.open(token);
        model.addAttribute("page", pages.page(holder));
        model.addAttribute("objectionAction", "/h/" + token + "/objections");
        return "household/page";
    }

    /** The household's objection to one of its entries; back to its page, which lists it, once recorded. */
    @PostMapping("/h/{token}/objections")
    ModelAndView object(@PathVariable String token,
            @RequestParam(required = false) @Nullable String awardId,
            @RequestParam(required = false) @Nullable String reason) {
        CardHolder holder = cards.open(token);
        Long award = number(awardId);
        if (award == null || reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            return message(HttpStatus.BAD_REQUEST, "未能提交", "请写明异议理由（500 字以内）后再提交。");
        }
        objections.raise(holder.villageCode(), new NewObjection(holder.householdId(), award, reason, null),
                RaisedVia.HOUSEHOLD_PAGE, null);
        // Back to the page, which says the objection was received (tryout minor: no confirmation before).
        RedirectView back = new RedirectView("/h/" + token + "?objected");
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(back);
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal) {
        if (refusal instanceof CardNotFound) {
            // An unknown and a renewed link look the same: nothing about any household.
            return message(HttpStatus.NOT_FOUND, "页面不存在", "此二维码无效或已换发新卡。请向村委会索取本户最新的积分卡。");
        }
        // A refusal's own words name only the entry the household sent.
        return message(Problems.status(refusal), "未能提交", refusal.getMessage());
    }

    private static ModelAndView message(HttpStatus status, String title, String text) {
        ModelAndView page = new ModelAndView("household/message");
        page.setStatus(status);
        page.addObject("heading", title);
        page.addObject("text", text);
        return page;
    }

    private static @Nullable Long number(@Nullable String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
