package org.jifen.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.access.NewUser;
import org.jifen.access.Role;
import org.jifen.access.UserService;
import org.jifen.endpoint.AuditedAct;
import org.jifen.problem.Conflict;
import org.jifen.problem.Refusal;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.jifen.web.FormFields;
import org.jifen.web.PageController;
import org.jifen.web.PageErrors;
import org.jifen.web.PageModel;
import org.jifen.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The township admin's accounts page (账号管理): every account with its role in Chinese and its village, and a form
 * to create one. The same service, rules and audit as {@code POST /api/users}; township admin only, as the API.
 * The service has no password reset or disabling, so neither does the page (ADR 0165).
 */
@PageController
class UserPages {

    private static final String USERNAME = "[A-Za-z0-9._-]{3,40}";

    private final UserService users;
    private final VillageService villages;

    UserPages(UserService users, VillageService villages) {
        this.users = users;
        this.villages = villages;
    }

    /** An account as the page lists it: role and village in words. */
    record AccountRow(String username, String role, @Nullable String village, String createdBy) {
    }

    /** A role the form offers, with its words. */
    record RoleChoice(Role role, String label, boolean village) {
    }

    @GetMapping("/township/users")
    String list(Model model) {
        Map<String, String> names = villages.all().stream()
                .collect(Collectors.toMap(Village::getCode, Village::getName, (a, b) -> a, LinkedHashMap::new));
        model.addAttribute("accounts", users.all().stream().map(user -> new AccountRow(user.getUsername(),
                PageModel.label(user.getRole()),
                user.getVillageCode() == null ? null : names.getOrDefault(user.getVillageCode(), user.getVillageCode()),
                user.getCreatedBy())).toList());
        model.addAttribute("villages", names);
        model.addAttribute("roles", Arrays.stream(Role.values())
                .map(role -> new RoleChoice(role, PageModel.label(role), role.belongsToVillage())).toList());
        model.addAttribute("problems", Map.of());
        return "township/users";
    }

    @AuditedAct(code = "user.created", label = "创建用户", target = "user #{#username}",
            village = "#role == 'STAFF' or #role == 'VILLAGE_ADMIN' ? #village : null", details = "{role: #role}")
    @PostMapping("/township/users")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String role, @RequestParam(required = false) @Nullable String village,
            Actor by) {
        FormFields form = new FormFields();
        String name = username.strip();
        if (!name.matches(USERNAME)) {
            form.refuse("username", "用户名须为 3 到 40 个英文字母、数字或 . _ -（不能用汉字和空格），现填「"
                    + (name.length() > 20 ? name.substring(0, 20) + "…" : name) + "」");
        }
        if (password.length() < 8 || password.length() > 72) {
            form.refuse("password", "初始密码须为 8 到 72 个字符");
        }
        Role chosen = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        String villageCode = village == null || village.isBlank() ? null : village.strip();
        if (chosen == null) {
            form.refuse("role", "请选择角色");
        } else if (chosen.belongsToVillage() && villageCode == null) {
            form.refuse("village", PageModel.label(chosen) + "属于一个村，请选择村");
        }
        form.check();
        // A township-wide role has no village, whatever the village list still shows.
        users.create(new NewUser(name, password, chosen, chosen.belongsToVillage() ? villageCode : null), by);
        return "redirect:/township/users?created=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** A refused account: the page again, the refusal beside its field, what was typed kept (the password not). */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return PageErrors.view(Problems.status(refusal), refusal.getMessage());
        }
        Model model = new ExtendedModelMap();
        list(model);
        Map<String, String> problems = new LinkedHashMap<>(FormFields.byField(refusal));
        if (problems.isEmpty()) {
            problems.put(refusal instanceof Conflict ? "username" : "form", refusal.getMessage());
        }
        ModelAndView page = new ModelAndView("township/users", model.asMap());
        page.setStatus(Problems.status(refusal));
        page.addObject("problems", problems);
        return page;
    }
}
