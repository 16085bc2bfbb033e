package org.jifen.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.function.Supplier;
import org.jifen.access.Actor;
import org.jifen.access.VillageForbidden;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may do what in which village, decided in one place from the {@code {code}} of the request path: the township
 * admin everywhere, the auditor reading everywhere, village admins and staff only in their own village. Which acts
 * are the admins' is one table ({@link #ACTS}), applied to the API ({@code /api/villages/{code}}) and to the pages
 * ({@code /v/{code}}) alike, so the two cannot disagree (ADR 0085).
 */
enum VillageAccess implements AuthorizationManager<RequestAuthorizationContext> {

    /** Reading a village's data. */
    READ,
    /** Staff's work in a village: recording events and evidence, taking back one's own entry, evaluating. */
    WRITE,
    /**
     * The village admin's acts: the plan, the registry, the self-governance group's acts (members, finalising,
     * objections), the notice, corrections and card renewal. Township admin and the village's admin.
     */
    ADMINISTER;

    /** One rule: these paths under a village's prefix, with this method, need this access. */
    record Act(HttpMethod method, VillageAccess access, List<String> paths) {

        Act(HttpMethod method, VillageAccess access, String... paths) {
            this(method, access, List.of(paths));
        }
    }

    /**
     * The acts that need more than the method's default (GET reads, anything else writes), by their path after
     * {@code /api/villages/{code}} or {@code /v/{code}}. Where the page's path differs from the API's, both are
     * listed in one rule.
     */
    static final List<Act> ACTS = List.of(
            // The plan.
            new Act(POST, ADMINISTER, "/rule-sets", "/rule-sets/{version}/activate", "/plan", "/plan/**"),
            // The registry: who is scored is the admin's.
            new Act(POST, ADMINISTER, "/households", "/households:import", "/households/import",
                    "/households/{id}", "/households/{id}/card:renew", "/households/{id}/card/renew"),
            new Act(PATCH, ADMINISTER, "/households/{id}"),
            // The self-governance group's acts, entered by the admin.
            new Act(POST, ADMINISTER, "/group-members", "/group-members/**", "/months/{month}/finalise",
                    "/months/{month}/sign-off-sheets", "/objections/{id}/resolution"),
            // The group's review of the month on its page (staff take back their own entries at /awards/{id}/reject).
            new Act(POST, ADMINISTER, "/awards/reject"),
            // The quarter's notice and corrections of finalised months.
            new Act(POST, ADMINISTER, "/notices/{quarter}/publish", "/quarters/{quarter}/publish", "/corrections"),
            // The supermarket's catalogue, write-offs, fund, expiry rule and star levels, and the village's typical
            // cases (ADR 0070); staff receive goods and redeem at the counter.
            new Act(POST, ADMINISTER, "/rewards", "/rewards/{id}/photo", "/rewards/{id}/stock:write-off",
                    "/fund/income", "/fund/purchases", "/cases", "/cases/{id}/photos"),
            // Reversing (冲红) a mistyped fund entry or receipt of goods is the admin's, like a write-off (ADR 0151).
            new Act(POST, ADMINISTER, "/fund/entries/{id}/reversal", "/rewards/{id}/stock/{movement}/reversal"),
            // The catalogue page changes an item by a form's POST where the API takes PATCH (ADR 0115).
            new Act(PATCH, ADMINISTER, "/rewards/{id}"),
            new Act(POST, ADMINISTER, "/rewards/{id}"),
            new Act(PUT, ADMINISTER, "/expiry-policy", "/star-scheme"),
            // Printing a card issues its secret link: staff's work, not a read.
            new Act(GET, WRITE, "/households/{id}/card", "/cards"));

    /** The village's rules under one prefix ({@code /api/villages/{code}} or {@code /v/{code}}), then the defaults. */
    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests,
            String prefix) {
        for (Act act : ACTS) {
            requests.requestMatchers(act.method(), act.paths().stream().map(path -> prefix + path)
                    .toArray(String[]::new)).access(act.access());
        }
        requests.requestMatchers(GET, prefix, prefix + "/**").access(READ);
        requests.requestMatchers(prefix, prefix + "/**").access(WRITE);
    }

    /**
     * The access an endpoint under the prefix needs, by the same table: the first act whose method and path match,
     * else reading for GET and staff's work for anything else. For the API's description.
     */
    static VillageAccess of(HttpMethod method, String suffix) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        PathContainer path = PathContainer.parsePath(suffix.replaceAll("\\{[^}]+}", "x"));
        return ACTS.stream().filter(act -> act.method().equals(method))
                .filter(act -> act.paths().stream().anyMatch(pattern -> parser.parse(pattern).matches(path)))
                .map(Act::access).findFirst().orElse(method.equals(GET) ? READ : WRITE);
    }

    /** Who may, in words, for the API's description. */
    String whoMay() {
        return switch (this) {
            case READ -> "镇管理员、审计员、本村村管理员和记分员可读 · township admin, auditors, the village's admin and "
                    + "staff may read";
            case WRITE -> "镇管理员、本村村管理员和记分员 · township admin, the village's admin and staff";
            case ADMINISTER -> "镇管理员、本村村管理员（记分员和审计员 403）· township admin and the village's admin only "
                    + "(staff and auditors 403)";
        };
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext request) {
        Authentication who = authentication.get();
        if (who == null || !(who.getPrincipal() instanceof JifenUser user)) {
            return new AuthorizationDecision(false);
        }
        String village = request.getVariables().get("code");
        if (village == null) {
            return new AuthorizationDecision(false);
        }
        return allows(user.actor(), village) ? new AuthorizationDecision(true) : new Denied(why(user.actor(), village));
    }

    /** A refusal that says why: another village's data, an auditor changing something, staff doing an admin's act. */
    static final class Denied extends AuthorizationDecision {

        private final VillageForbidden why;

        Denied(VillageForbidden why) {
            super(false);
            this.why = why;
        }

        VillageForbidden why() {
            return why;
        }
    }

    private VillageForbidden why(Actor actor, String village) {
        if (!actor.canRead(village)) {
            return VillageForbidden.toRead(village);
        }
        if (!actor.canWrite(village)) {
            return new VillageForbidden("审计员只能查看，不能登记或修改村「" + village + "」的数据");
        }
        return new VillageForbidden("这项操作须由本村村管理员（或镇管理员）办理，记分员不能办理");
    }

    boolean allows(Actor actor, String village) {
        return switch (this) {
            case READ -> actor.canRead(village);
            case WRITE -> actor.canWrite(village);
            case ADMINISTER -> actor.canAdminister(village);
        };
    }
}
