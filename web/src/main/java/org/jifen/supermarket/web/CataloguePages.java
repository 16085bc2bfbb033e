package org.jifen.supermarket.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.files.EvidenceTooLarge;
import org.jifen.files.EvidenceTypeNotAllowed;
import org.jifen.files.StoredFiles;
import org.jifen.problem.Refusal;
import org.jifen.supermarket.CatalogueService;
import org.jifen.supermarket.Goods;
import org.jifen.supermarket.NewReward;
import org.jifen.supermarket.NotEnoughStock;
import org.jifen.supermarket.RewardEdit;
import org.jifen.supermarket.RewardNameTaken;
import org.jifen.supermarket.RewardNotFound;
import org.jifen.supermarket.RewardPhotoNotAnImage;
import org.jifen.supermarket.RewardView;
import org.jifen.supermarket.StockMovementView;
import org.jifen.village.VillageService;
import org.jifen.web.FormFields;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The supermarket's catalogue (奖品目录) for the village admin: items added and changed (name, cost, photo, on or off
 * sale), goods received into stock and written off with a reason, every stock movement listed. A refusal comes back
 * next to the field it concerns with everything typed kept (ADR 0115). Staff read it and receive goods, as on the API.
 */
@PageController
class CataloguePages {

    private static final Pattern ITEM_PATH = Pattern.compile("^/v/([^/]+)/rewards(?:/(\\d+)(?:/(photo|stock:receive|stock:write-off))?)?$");

    private final CatalogueService catalogue;
    private final VillageService villages;

    CataloguePages(CatalogueService catalogue, VillageService villages) {
        this.catalogue = catalogue;
        this.villages = villages;
    }

    @GetMapping("/v/{code}/rewards")
    String list(@PathVariable String code, Model model) {
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("rewards", catalogue.list(code));
        model.addAttribute("problems", Map.of());
        return "supermarket/catalogue";
    }

    @GetMapping("/v/{code}/rewards/{id}")
    String item(@PathVariable String code, @PathVariable long id, Model model) {
        model.addAttribute("village", villages.byCode(code));
        model.addAttribute("item", catalogue.get(code, id));
        List<StockMovementView> movements = new ArrayList<>(catalogue.movements(code, id));
        Collections.reverse(movements);
        model.addAttribute("movements", movements);
        model.addAttribute("problems", Map.of());
        return "supermarket/item";
    }

    /** The item's photo, to show in the catalogue and at the counter; sandboxed, never sniffed. */
    @GetMapping("/v/{code}/rewards/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable long id) {
        return StoredFiles.inline(catalogue.photo(code, id));
    }

    /** A new item, with its photo if one is chosen: the photo is checked before the item is added. */
    @AuditedAct(code = "reward.added", label = "积分超市上架物品", target = "reward #{#name}",
            details = "{cost: #cost, stock: #stock}")
    @PostMapping("/v/{code}/rewards")
    String add(@PathVariable String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String cost, @RequestParam(defaultValue = "") String stock,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "false") boolean onSale,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, Actor by) {
        FormFields form = new FormFields();
        String itemName = form.text("name", name, "物品名称", 60, true);
        Integer points = form.whole("cost", cost, "兑换所需积分", 1, 100_000, true);
        Integer opening = form.whole("stock", stock, "现有库存", 0, 1_000_000, false);
        String about = form.text("description", description, "说明", 200, false);
        form.check();
        byte[] picture = photo == null || photo.isEmpty() ? null : checkedPhoto(photo);
        RewardView added = catalogue.add(code, new NewReward(itemName, points, opening, about, onSale), by);
        if (picture != null) {
            catalogue.addPhoto(code, added.id(), photo.getOriginalFilename(), picture, by);
        }
        return "redirect:/v/" + code + "/rewards/" + added.id() + "?added";
    }

    /** The item's name, cost, description and whether it is on sale; the stock only by receiving or writing off. */
    @AuditedAct(code = "reward.changed", label = "修改积分超市物品", target = "reward #{#id}",
            details = "{name: #name, cost: #cost, onSale: #onSale}")
    @PostMapping("/v/{code}/rewards/{id}")
    String edit(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String cost, @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "false") boolean onSale, Actor by) {
        FormFields form = new FormFields();
        String itemName = form.text("name", name, "物品名称", 60, true);
        Integer points = form.whole("cost", cost, "兑换所需积分", 1, 100_000, true);
        String about = form.text("description", description, "说明", 200, false);
        form.check();
        catalogue.edit(code, id, new RewardEdit(itemName, points, about == null ? "" : about, onSale), by);
        return "redirect:/v/" + code + "/rewards/" + id + "?changed";
    }

    @AuditedAct(code = "reward.photo-added", label = "上传积分超市物品照片", target = "reward #{#id}",
            details = "{file: #photo?.originalFilename}")
    @PostMapping("/v/{code}/rewards/{id}/photo")
    String addPhoto(@PathVariable String code, @PathVariable long id,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, Actor by) {
        if (photo == null || photo.isEmpty()) {
            FormFields form = new FormFields();
            form.refuse("photo", "请选一张物品的照片（JPEG、PNG 或 WebP）");
            form.check();
        }
        catalogue.addPhoto(code, id, photo.getOriginalFilename(), StoredFiles.bytes(photo), by);
        return "redirect:/v/" + code + "/rewards/" + id + "?photo";
    }

    @AuditedAct(code = "stock.received", label = "积分超市物品入库", target = "reward #{#id}",
            details = "{quantity: #quantity, reason: #reason}")
    @PostMapping("/v/{code}/rewards/{id}/stock:receive")
    String receive(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "") String reason, Actor by) {
        catalogue.receive(code, id, goods(quantity, reason, "来源（例如：镇供销社采购、爱心企业捐赠）"), by);
        return "redirect:/v/" + code + "/rewards/" + id + "?received";
    }

    @AuditedAct(code = "stock.written-off", label = "积分超市物品报损", target = "reward #{#id}",
            details = "{quantity: #quantity, reason: #reason}")
    @PostMapping("/v/{code}/rewards/{id}/stock:write-off")
    String writeOff(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "") String reason, Actor by) {
        catalogue.writeOff(code, id, goods(quantity, reason, "报损原因（例如：受潮发霉）"), by);
        return "redirect:/v/" + code + "/rewards/" + id + "?writtenOff";
    }

    /**
     * A refused form: its page again, the refusal next to the field it concerns, what was typed kept (a chosen photo
     * must be chosen again: browsers do not keep files).
     */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        Matcher match = ITEM_PATH.matcher(request.getRequestURI());
        if (!"POST".equals(request.getMethod()) || !match.matches()) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        String code = match.group(1);
        Model model = new ExtendedModelMap();
        String form;
        try {
            if (match.group(2) == null) {
                list(code, model);
                form = "add";
            } else {
                item(code, Long.parseLong(match.group(2)), model);
                form = match.group(3) == null ? "edit" : match.group(3);
            }
        } catch (RewardNotFound noSuchItem) {
            return PageErrors.view(Problems.status(noSuchItem), noSuchItem.getMessage());
        }
        Map<String, String> problems = new LinkedHashMap<>(FormFields.byField(refusal));
        if (refusal instanceof RewardNameTaken) {
            problems.put("name", refusal.getMessage());
        } else if (refusal instanceof NotEnoughStock) {
            problems.put("quantity", refusal.getMessage());
        } else if (refusal instanceof RewardPhotoNotAnImage || refusal instanceof EvidenceTooLarge
                || refusal instanceof EvidenceTypeNotAllowed) {
            problems.put("photo", refusal instanceof EvidenceTooLarge ? refusal.getMessage()
                    : "请上传物品的照片（JPEG、PNG 或 WebP 格式）");
        } else if (problems.isEmpty()) {
            problems.put("form", refusal.getMessage());
        }
        ModelAndView page = new ModelAndView(match.group(2) == null ? "supermarket/catalogue" : "supermarket/item",
                model.asMap());
        page.setStatus(Problems.status(refusal));
        page.addObject("problems", problems);
        page.addObject("form", form);
        return page;
    }

    private static Goods goods(String quantity, String reason, String reasonLabel) {
        FormFields form = new FormFields();
        Integer count = form.whole("quantity", quantity, "数量", 1, 100_000, true);
        String why = form.text("reason", reason, reasonLabel, 200, true);
        form.check();
        return new Goods(count, why);
    }

    /** The photo's bytes, once they are known to be a picture (the check the catalogue makes, made first). */
    private static byte[] checkedPhoto(MultipartFile photo) {
        byte[] bytes = StoredFiles.bytes(photo);
        CatalogueService.checkedPhoto(photo.getOriginalFilename(), bytes);
        return bytes;
    }
}
