package org.jifen.supermarket.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.access.Actor;
import org.jifen.balance.BalanceService;
import org.jifen.balance.NotEnoughPoints;
import org.jifen.card.CardScans;
import org.jifen.endpoint.AuditedAct;
import org.jifen.household.HouseholdNotFound;
import org.jifen.household.HouseholdService;
import org.jifen.problem.Refusal;
import org.jifen.supermarket.Cancellation;
import org.jifen.supermarket.CatalogueService;
import org.jifen.supermarket.NotEnoughStock;
import org.jifen.supermarket.Receipt;
import org.jifen.supermarket.Redeem;
import org.jifen.supermarket.RedemptionIdReused;
import org.jifen.supermarket.RedemptionNotFound;
import org.jifen.supermarket.RedemptionView;
import org.jifen.supermarket.RedemptionService;
import org.jifen.supermarket.RewardNotFound;
import org.jifen.supermarket.RewardNotOnSale;
import org.jifen.supermarket.RewardView;
import org.jifen.village.VillageService;
import org.jifen.web.FormFields;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.PrintStyle;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The supermarket's counter (兑换柜台) for the village's staff: find the household (户号, name, or its card's QR
 * link), see its spendable points, pick an item on sale, redeem, show or print the receipt, and cancel a redemption
 * with a reason. The form carries a redemption number made once when the page is drawn, so a second press or a
 * refresh repeats the same redemption and the service records it once (ADR 0115). Same services and audit as the API.
 */
@PageController
class CounterPages {

    private static final int FOUND_AT_MOST = 50;
    private static final int LATEST_REDEMPTIONS = 5;
    private static final Pattern REDEEM_PATH = Pattern.compile("^/v/([^/]+)/households/(\\d+)/redemptions$");
    private static final Pattern CANCEL_PATH = Pattern.compile("^/v/([^/]+)/redemptions/([^/]+)/cancellation$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REDEMPTION_ID = "[\\p{L}\\p{N}._:\\-]{1,64}";

    private final VillageService villages;
    private final HouseholdService households;
    private final BalanceService balances;
    private final CatalogueService catalogue;
    private final RedemptionService redemptions;
    private final CardScans scans;
    private final Clock clock;

    CounterPages(VillageService villages, HouseholdService households, BalanceService balances,
            CatalogueService catalogue, RedemptionService redemptions, CardScans scans, Clock clock) {
        this.villages = villages;
        this.households = households;
        this.balances = balances;
        this.catalogue = catalogue;
        this.redemptions = redemptions;
        this.scans = scans;
        this.clock = clock;
    }

    @GetMapping("/v/{code}/counter")
    String find(@PathVariable String code, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String group,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("found", households.find(code, q, group, FOUND_AT_MOST));
        return htmx != null ? "supermarket/counter :: results" : "supermarket/counter";
    }

    /** A card's QR link or a 户号, typed or scanned: straight to that household's counter. */
    @GetMapping("/v/{code}/counter/scan")
    String scan(@PathVariable String code, @RequestParam(name = "code", defaultValue = "") String scanned) {
        return scans.household(code, scanned)
                .map(household -> "redirect:/v/" + code + "/counter/households/" + household)
                .orElse("redirect:/v/" + code + "/counter?q=" + URLEncoder.encode(scanned.strip(),
                        StandardCharsets.UTF_8));
    }

    /**
     * The household's counter for one visit: the visit's redemption number is in the address ({@code ?visit=}), so
     * Back after redeeming opens the same number, which has been used: the page says so and offers its receipt
     * instead of a second redemption (tryout pages-2 minor 13). Opened without one, a new visit.
     */
    @GetMapping("/v/{code}/counter/households/{id}")
    String household(@PathVariable String code, @PathVariable long id,
            @RequestParam(name = "visit", required = false) @Nullable String visit, Model model) {
        if (visit == null || !visit.matches(REDEMPTION_ID)) {
            households.get(code, id);
            return "redirect:/v/" + code + "/counter/households/" + id + "?visit=" + newRedemptionId();
        }
        draw(code, id, visit, model).stream().filter(done -> done.redemptionId().equals(visit)).findFirst()
                .ifPresent(done -> model.addAttribute("used", done));
        return "supermarket/counter-household";
    }

    /** The household's counter with this redemption number; its redemptions, newest first. */
    private List<RedemptionView> draw(String code, long id, String redemptionId, Model model) {
        List<RedemptionView> done = redemptions.ofHousehold(code, id);
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("household", households.get(code, id));
        model.addAttribute("balance", balances.balance(code, id));
        model.addAttribute("rewards", catalogue.list(code).stream().filter(RewardView::onSale).toList());
        model.addAttribute("redemptions", done);
        model.addAttribute("redemptionId", redemptionId);
        model.addAttribute("problems", Map.of());
        return done;
    }

    /**
     * A household's spendable points and its latest redemptions, as a part of its other pages (the record form, the
     * auditor's household page), loaded after them.
     */
    @GetMapping("/v/{code}/households/{id}/points")
    String points(@PathVariable String code, @PathVariable long id, Model model) {
        var all = redemptions.ofHousehold(code, id);
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("householdId", id);
        model.addAttribute("balance", balances.balance(code, id));
        model.addAttribute("redemptions", all.subList(0, Math.min(all.size(), LATEST_REDEMPTIONS)));
        model.addAttribute("redemptionCount", all.size());
        return "supermarket/points :: points";
    }

    /** Redeems, then shows the receipt (a refresh of the receipt redeems nothing; a resubmit repeats the same id). */
    @PostMapping("/v/{code}/households/{id}/redemptions")
    String redeem(@PathVariable String code, @PathVariable long id,
            @RequestParam(defaultValue = "") String redemptionId, @RequestParam(defaultValue = "") String rewardId,
            @RequestParam(defaultValue = "1") String quantity, @RequestParam(defaultValue = "") String note,
            Actor by) {
        FormFields form = new FormFields();
        Integer reward = form.whole("rewardId", rewardId, "兑换的物品", 1, Integer.MAX_VALUE, false);
        if (rewardId.isBlank()) {
            form.refuse("rewardId", "请选一件要兑换的物品");
        }
        Integer count = form.whole("quantity", quantity, "数量", 1, 1_000, true);
        String remark = form.text("note", note, "备注", 200, false);
        if (!redemptionId.matches(REDEMPTION_ID)) {
            form.refuse("redemptionId", "兑换单号不对，请重新打开本户的兑换页面再兑换");
        }
        form.check();
        var redeemed = redemptions.redeem(code, id, new Redeem(redemptionId, reward.longValue(), count, remark), by);
        return "redirect:" + receiptPath(code, redeemed.redemption().redemptionId()) + "?done";
    }

    /** The receipt (兑换小票) to show on the phone or print, with the way back to the counter. */
    @GetMapping("/v/{code}/redemptions/{redemptionId}/receipt")
    ModelAndView receipt(@PathVariable String code, @PathVariable String redemptionId) {
        Receipt receipt = redemptions.receipt(code, redemptionId);
        ModelAndView page = new ModelAndView("supermarket/receipt");
        page.addObject("receipt", receipt);
        page.addObject("r", receipt.redemption());
        page.addObject("printStyle", PrintStyle.css());
        page.addObject("back", "/v/" + code + "/counter/households/" + receipt.redemption().householdId());
        return page;
    }

    @AuditedAct(code = "redemption.cancelled", label = "撤销积分兑换", target = "redemption #{#redemptionId}",
            details = "{reason: #reason}")
    @PostMapping("/v/{code}/redemptions/{redemptionId}/cancellation")
    String cancel(@PathVariable String code, @PathVariable String redemptionId,
            @RequestParam(defaultValue = "") String reason, Actor by) {
        FormFields form = new FormFields();
        String why = form.text("reason", reason, "撤销的原因（例如：户主要求换成大米）", 200, true);
        form.check();
        redemptions.cancel(code, redemptionId, new Cancellation(why), by);
        return "redirect:" + receiptPath(code, redemptionId) + "?cancelled";
    }

    /**
     * A refused redemption: the household's counter again with the refusal next to the field it concerns and the
     * choice kept. The same redemption number stays (nothing was recorded under it), except when the number was
     * already used for another redemption: then a new one, and the way to that redemption's receipt.
     */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        Matcher cancelling = CANCEL_PATH.matcher(request.getRequestURI());
        if ("POST".equals(request.getMethod()) && cancelling.matches()
                && !(refusal instanceof RedemptionNotFound)) {
            return cancellationRefused(cancelling.group(1),
                    UriUtils.decode(cancelling.group(2), StandardCharsets.UTF_8), refusal, request);
        }
        Matcher match = REDEEM_PATH.matcher(request.getRequestURI());
        if (!"POST".equals(request.getMethod()) || !match.matches() || refusal instanceof HouseholdNotFound) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        String code = match.group(1);
        Model model = new ExtendedModelMap();
        try {
            draw(code, Long.parseLong(match.group(2)), newRedemptionId(), model);
        } catch (HouseholdNotFound noSuchHousehold) {
            return PageErrors.view(Problems.status(noSuchHousehold), noSuchHousehold.getMessage());
        }
        ModelAndView page = new ModelAndView("supermarket/counter-household", model.asMap());
        page.setStatus(Problems.status(refusal));
        Map<String, String> problems = new java.util.LinkedHashMap<>(FormFields.byField(refusal));
        String redemptionId = request.getParameter("redemptionId");
        if (refusal instanceof RedemptionIdReused) {
            page.addObject("reused", receiptPath(code, redemptionId));
            problems.put("form", refusal.getMessage());
        } else {
            page.addObject("redemptionId", redemptionId);
            if (refusal instanceof NotEnoughStock) {
                problems.put("quantity", refusal.getMessage());
            } else if (refusal instanceof RewardNotOnSale || refusal instanceof RewardNotFound
                    || refusal instanceof NotEnoughPoints) {
                problems.put("rewardId", refusal.getMessage());
            } else if (problems.isEmpty()) {
                problems.put("form", refusal.getMessage());
            }
        }
        page.addObject("problems", problems);
        return page;
    }

    /**
     * A refused cancellation: the receipt again, with the reason in Chinese above the cancel form, which stays open
     * with what was typed (issue 11: not the error page).
     */
    private ModelAndView cancellationRefused(String code, String redemptionId, Refusal refusal,
            HttpServletRequest request) {
        ModelAndView page;
        try {
            page = receipt(code, redemptionId);
        } catch (Refusal noReceipt) {
            return PageErrors.view(Problems.status(noReceipt), noReceipt.getMessage());
        }
        page.setStatus(Problems.status(refusal));
        Map<String, String> byField = FormFields.byField(refusal);
        page.addObject("cancelProblem", byField.isEmpty() ? refusal.getMessage() : String.join("；", byField.values()));
        page.addObject("reasonTyped", request.getParameter("reason"));
        return page;
    }

    /** A redemption number made when the counter is drawn: the day and eight random hex digits. */
    private String newRedemptionId() {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return LocalDate.now(clock).format(DAY) + "-" + HexFormat.of().formatHex(random);
    }

    private static String receiptPath(String code, String redemptionId) {
        return UriComponentsBuilder.fromPath("/v/{code}/redemptions/{redemptionId}/receipt")
                .buildAndExpand(code, redemptionId).encode().toUriString();
    }
}
