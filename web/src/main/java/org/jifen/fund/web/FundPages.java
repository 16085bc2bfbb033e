package org.jifen.fund.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.fund.DonorMissing;
import org.jifen.fund.FundInsufficient;
import org.jifen.fund.FundReversal;
import org.jifen.fund.FundService;
import org.jifen.fund.FundSource;
import org.jifen.fund.NewIncome;
import org.jifen.fund.NewPurchase;
import org.jifen.fund.NotYetHappened;
import org.jifen.fund.QuantityWithoutItem;
import org.jifen.month.Period;
import org.jifen.problem.Refusal;
import org.jifen.supermarket.CatalogueService;
import org.jifen.supermarket.RewardNotFound;
import org.jifen.village.VillageService;
import org.jifen.web.FormFields;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The village's reward fund (奖励基金) on a page: money received (collective, donation, company, with the donor and
 * amount) and goods bought, for the village admin; its books are books.web.BooksPages. Same services and audit as
 * the API.
 */
@PageController
class FundPages {

    private static final Pattern FUND_FORM = Pattern.compile("^/v/([^/]+)/fund/(income|purchases)$");
    private static final Pattern REVERSAL = Pattern.compile("^/v/([^/]+)/fund/entries/(\\d+)/reversal$");

    private final FundService fund;
    private final CatalogueService catalogue;
    private final VillageService villages;
    private final Clock clock;

    FundPages(FundService fund, CatalogueService catalogue, VillageService villages, Clock clock) {
        this.fund = fund;
        this.catalogue = catalogue;
        this.villages = villages;
        this.clock = clock;
    }

    @GetMapping("/v/{code}/fund")
    String fund(@PathVariable String code, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("fund", fund.fund(code));
        model.addAttribute("rewards", catalogue.list(code));
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("today", today);
        model.addAttribute("quarter", Period.quarterOf(today).text());
        model.addAttribute("lastQuarter", Period.quarterOf(today.minusMonths(3)).text());
        model.addAttribute("year", String.valueOf(today.getYear()));
        model.addAttribute("problems", Map.of());
        return "fund/fund";
    }

    @AuditedAct(code = "fund.received", label = "登记奖励资金收入", target = "fund #{#source}",
            details = "{donor: #donor, amount: #amount}")
    @PostMapping("/v/{code}/fund/income")
    String receive(@PathVariable String code, @RequestParam(required = false) @Nullable FundSource source,
            @RequestParam(defaultValue = "") String donor, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String receivedOn, @RequestParam(defaultValue = "") String note,
            Actor by) {
        FormFields form = new FormFields();
        if (source == null) {
            form.refuse("source", "请选资金来源：村集体收入、社会捐赠或企业捐赠");
        }
        NewIncome income = new NewIncome(source, form.text("donor", donor, "捐赠人或单位", 100, false),
                form.yuan("amount", amount, "金额"), form.day("receivedOn", receivedOn, "收到日期"),
                form.text("note", note, "备注", 200, false));
        form.check();
        fund.receive(code, income, by);
        return "redirect:/v/" + code + "/fund?received#entries";
    }

    @AuditedAct(code = "fund.spent", label = "登记奖励资金支出（购买物品）", target = "fund purchase",
            details = "{supplier: #supplier, amount: #amount, reward: #rewardId, quantity: #quantity}")
    @PostMapping("/v/{code}/fund/purchases")
    String buy(@PathVariable String code, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String supplier, @RequestParam(defaultValue = "") String boughtOn,
            @RequestParam(defaultValue = "") String rewardId, @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "") String note, Actor by) {
        FormFields form = new FormFields();
        Integer item = form.whole("rewardId", rewardId, "购入的物品", 1, Integer.MAX_VALUE, false);
        Integer count = form.whole("quantity", quantity, "购入数量", 1, 100_000, item != null);
        NewPurchase purchase = new NewPurchase(form.yuan("amount", amount, "金额"),
                form.text("supplier", supplier, "供货方（商店或单位）", 100, true),
                form.day("boughtOn", boughtOn, "购买日期"), item == null ? null : item.longValue(), count,
                form.text("note", note, "备注", 200, false));
        form.check();
        fund.buy(code, purchase, by);
        return "redirect:/v/" + code + "/fund?bought#entries";
    }

    /** A mistyped entry taken back (冲红, ADR 0151): a reversing entry with the reason; the entry itself stays. */
    @AuditedAct(code = "fund.reversed", label = "冲红奖励资金收支", target = "fund entry #{#id}",
            details = "{reason: #reason}")
    @PostMapping("/v/{code}/fund/entries/{id}/reversal")
    String reverse(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Actor by) {
        FormFields form = new FormFields();
        String why = form.text("reason", reason, "冲红原因", 200, true);
        form.check();
        fund.reverse(code, id, new FundReversal(why), by);
        return "redirect:/v/" + code + "/fund?reversed#entries";
    }

    /** A refused entry: the fund page again with the refusal next to its field and what was typed kept. */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        Matcher reversing = REVERSAL.matcher(request.getRequestURI());
        if ("POST".equals(request.getMethod()) && reversing.matches()) {
            Model model = new ExtendedModelMap();
            fund(reversing.group(1), model);
            ModelAndView page = new ModelAndView("fund/fund", model.asMap());
            page.setStatus(Problems.status(refusal));
            Map<String, String> byField = FormFields.byField(refusal);
            page.addObject("problems", Map.of("reversal", byField.isEmpty() ? refusal.getMessage()
                    : String.join("；", byField.values())));
            return page;
        }
        Matcher match = FUND_FORM.matcher(request.getRequestURI());
        if (!"POST".equals(request.getMethod()) || !match.matches()) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        Model model = new ExtendedModelMap();
        fund(match.group(1), model);
        boolean income = match.group(2).equals("income");
        Map<String, String> problems = new LinkedHashMap<>(FormFields.byField(refusal));
        if (refusal instanceof DonorMissing) {
            problems.put("donor", "社会捐赠和企业捐赠须写明捐赠人或捐赠单位");
        } else if (refusal instanceof NotYetHappened) {
            problems.put(income ? "receivedOn" : "boughtOn", refusal.getMessage());
        } else if (refusal instanceof FundInsufficient) {
            problems.put("amount", refusal.getMessage());
        } else if (refusal instanceof QuantityWithoutItem) {
            problems.put("quantity", "购入物品时请同时选物品和填数量；不是超市物品的支出，两项都不填");
        } else if (refusal instanceof RewardNotFound) {
            problems.put("rewardId", refusal.getMessage());
        } else if (problems.isEmpty()) {
            problems.put("form", refusal.getMessage());
        }
        ModelAndView page = new ModelAndView("fund/fund", model.asMap());
        page.setStatus(Problems.status(refusal));
        page.addObject("problems", problems);
        page.addObject("form", match.group(2));
        return page;
    }
}
