package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.support.Api;
import org.jifen.support.Browser;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the application maps, so that an endpoint added without an access rule fails here: a village's
 * staff reach no other village's data, an auditor changes nothing, and only the township reaches the township's
 * endpoints. The few endpoints every signed-in user may read are listed by name, and so are the few that are public
 * on purpose: anything else outside {@code /api/}, or any {@code /api/} endpoint open without signing in, fails here.
 */
@AppTest
class EveryEndpointIsGuardedIT {

    /** Readable by any signed-in user, on purpose: the village list, the plan template, and traces (checked per award). */
    private static final Set<String> OPEN_TO_SIGNED_IN = Set.of("GET /api/villages", "GET /api/plan-template.xlsx",
            "GET /api/awards/{id}/trace");

    /**
     * Open without signing in, on purpose: the households' own pages and their objection form (the secret link is the
     * credential; the form is CSRF-protected), the API's description, and Spring's error page.
     */
    private static final Set<String> DELIBERATELY_PUBLIC = Set.of("GET /h/{token}", "POST /h/{token}/objections",
            "GET /login",
            "GET /error", "GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config",
            "GET /swagger-ui.html");

    /** Reads that write: printing a household's card issues its secret link, so only the village's staff may. */
    private static final Set<String> READS_THAT_WRITE = Set.of("GET /api/villages/{code}/households/{id}/card",
            "GET /api/villages/{code}/cards");

    /**
     * The village admin's acts (ADR 0085), API and pages alike: the plan, the registry, the self-governance group's
     * acts, the notice, corrections and card renewal. A village's own staff are refused each of them.
     */
    private static final Set<String> THE_ADMINS = Set.of(
            "POST /api/villages/{code}/rule-sets", "POST /api/villages/{code}/rule-sets/{version}/activate",
            "POST /v/{code}/plan", "POST /v/{code}/plan/{version}/activate",
            "POST /api/villages/{code}/households", "PATCH /api/villages/{code}/households/{id}",
            "POST /api/villages/{code}/households:import", "POST /api/villages/{code}/households/{id}/card:renew",
            "POST /v/{code}/households", "POST /v/{code}/households/import", "POST /v/{code}/households/{id}",
            "POST /v/{code}/households/{id}/card/renew",
            "POST /api/villages/{code}/group-members", "POST /api/villages/{code}/group-members/{id}/retirement",
            "POST /v/{code}/group-members", "POST /v/{code}/group-members/{id}/retirement",
            "POST /api/villages/{code}/months/{month}/finalise",
            "POST /api/villages/{code}/months/{month}/sign-off-sheets",
            "POST /v/{code}/months/{month}/finalise", "POST /v/{code}/months/{month}/sign-off-sheets",
            "POST /api/villages/{code}/objections/{id}/resolution", "POST /v/{code}/objections/{id}/resolution",
            "POST /api/villages/{code}/notices/{quarter}/publish", "POST /v/{code}/quarters/{quarter}/publish",
            "POST /api/villages/{code}/corrections", "POST /v/{code}/awards/reject",
            // the points supermarket and the village's cases (ADR 0070)
            "POST /api/villages/{code}/rewards", "PATCH /api/villages/{code}/rewards/{id}",
            "POST /api/villages/{code}/rewards/{id}/photo", "POST /api/villages/{code}/rewards/{id}/stock:write-off",
            "POST /api/villages/{code}/fund/income", "POST /api/villages/{code}/fund/purchases",
            "PUT /api/villages/{code}/expiry-policy", "PUT /api/villages/{code}/star-scheme",
            "POST /api/villages/{code}/cases", "POST /api/villages/{code}/cases/{id}/photos",
            // the catalogue's and the fund's pages (ADR 0115)
            "POST /v/{code}/rewards", "POST /v/{code}/rewards/{id}", "POST /v/{code}/rewards/{id}/photo",
            "POST /v/{code}/rewards/{id}/stock:write-off", "POST /v/{code}/fund/income",
            "POST /v/{code}/fund/purchases",
            // reversing a mistyped fund entry or receipt (ADR 0151) and the village's cases page
            "POST /api/villages/{code}/fund/entries/{id}/reversal",
            "POST /api/villages/{code}/rewards/{id}/stock/{movement}/reversal", "POST /v/{code}/cases",
            "POST /v/{code}/fund/entries/{id}/reversal");

    /**
     * What a village's staff may change: events and their evidence, the phone's queue, taking back their own entry
     * (checked per entry by the service), evaluating the month, an objection on a household's behalf, and printing
     * cards (which issues their links).
     */
    private static final Set<String> THE_STAFFS = Set.of(
            "POST /api/villages/{code}/events", "POST /api/villages/{code}/events:batch",
            "POST /api/villages/{code}/events/{eventId}/evidence", "POST /api/villages/{code}/awards/{id}/reject",
            "POST /api/villages/{code}/months/{month}/evaluate", "POST /api/villages/{code}/objections",
            "GET /api/villages/{code}/households/{id}/card", "GET /api/villages/{code}/cards",
            "POST /v/{code}/households/{id}/record", "POST /v/{code}/events", "POST /v/{code}/awards/{id}/reject",
            "POST /v/{code}/months/{month}/evaluate", "GET /v/{code}/households/{id}/card", "GET /v/{code}/cards",
            // the supermarket's counter: goods received, redemptions and their cancellation
            "POST /api/villages/{code}/rewards/{id}/stock:receive", "POST /api/villages/{code}/households/{id}/redemptions",
            "POST /api/villages/{code}/redemptions/{redemptionId}/cancellation",
            "POST /v/{code}/rewards/{id}/stock:receive", "POST /v/{code}/households/{id}/redemptions",
            "POST /v/{code}/redemptions/{redemptionId}/cancellation");

    private static final Map<String, String> SAMPLE_VALUES = Map.of("{id}", "1", "{version}", "1", "{file}", "plan.drl",
            "{month}", "2024-07", "{eventId}", "e-1", "{quarter}", "2024-Q3", "{yyyy}-Q{n}", "2024-Q3",
            "{redemptionId}", "r-1", "{photo}", "1", "{movement}", "1");

    @Autowired
    Township township;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noEndpointLetsAVillagesStaffIntoAnotherVillageOrAnAuditorChangeAnything() {
        String mine = township.aVillage();
        String theirs = township.aVillage();
        Api staff = township.aUser("STAFF", mine);
        Api auditor = township.aUser("AUDITOR", null);
        Api anonymous = township.api().anonymous();
        List<String> unguarded = new ArrayList<>();
        Set<String> publicSeen = new HashSet<>();
        int checked = 0;
        int pages = 0;
        Browser anonymousPages = township.browser();
        Browser staffPages = signedIn(township.aLogin("STAFF", mine));
        Browser auditorPages = signedIn(township.aLogin("AUDITOR", null));
        for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = method + " " + pattern;
                    if (isPage(pattern)) {
                        pages++;
                        checkPage(method, sample(pattern.replace("{code}", theirs)), endpoint, anonymousPages,
                                staffPages, auditorPages, pattern, unguarded);
                        continue;
                    }
                    if (!pattern.startsWith("/api/")) {
                        if (DELIBERATELY_PUBLIC.contains(endpoint)) {
                            publicSeen.add(endpoint);
                        } else {
                            unguarded.add(endpoint + " is outside /api/ and not listed as public on purpose");
                        }
                        continue;
                    }
                    String path = sample(pattern.replace("{code}", theirs));
                    checked++;
                    Api.Reply unsigned = method == RequestMethod.GET ? anonymous.get(path)
                            : anonymous.postRaw(path, "{}");
                    if (unsigned.status() != 401) {
                        unguarded.add(endpoint + " without signing in → " + unsigned.status());
                    }
                    if (pattern.contains("{code}")) {
                        expectForbidden(staff, method, path, endpoint + " as another village's staff", unguarded);
                    } else if (!OPEN_TO_SIGNED_IN.contains(endpoint)) {
                        expectForbidden(staff, method, path, endpoint + " as a village's staff", unguarded);
                    }
                    if (method != RequestMethod.GET || READS_THAT_WRITE.contains(endpoint)) {
                        expectForbidden(auditor, method, path, endpoint + " as an auditor", unguarded);
                    }
                }
            }
        }

        assertThat(checked).as("endpoints walked").isGreaterThan(25);
        assertThat(pages).as("pages walked").isGreaterThan(20);
        assertThat(unguarded).as("endpoints without an access rule").isEmpty();
        assertThat(publicSeen).as("every route listed as public exists").containsExactlyInAnyOrderElementsOf(
                DELIBERATELY_PUBLIC);
    }

    /**
     * Every change to a village is decided as the admin's or the staff's: each of the admin's is refused to the
     * village's own staff on the API and on the pages, each of the staff's is not; a new endpoint that changes a
     * village and is on neither list fails here until someone decides whose it is.
     */
    @Test
    void theVillageAdminsActsAreRefusedToTheVillagesOwnStaffOnTheApiAndThePagesAlike() {
        String village = township.aVillage();
        Api staff = township.aUser("STAFF", village);
        Browser staffPages = signedIn(township.aLogin("STAFF", village));
        List<String> wrong = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/villages/{code}") && !pattern.startsWith("/v/{code}")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = method + " " + pattern;
                    seen.add(endpoint);
                    boolean admins = THE_ADMINS.contains(endpoint);
                    boolean staffs = THE_STAFFS.contains(endpoint);
                    if (method == RequestMethod.GET && !staffs) {
                        continue;
                    }
                    if (!admins && !staffs) {
                        wrong.add(endpoint + " changes a village but is neither the admin's nor the staff's");
                        continue;
                    }
                    String path = sample(pattern.replace("{code}", village));
                    int status = pattern.startsWith("/v/") ? send(staffPages, method, path).status()
                            : method == RequestMethod.GET ? staff.get(path).status()
                            : staff.send(path, method.name(), "{}").status();
                    if (admins && status != 403) {
                        wrong.add(endpoint + " as the village's own staff → " + status + ", not 403");
                    }
                    if (staffs && status == 403) {
                        wrong.add(endpoint + " is the staff's but refused them 403");
                    }
                }
            }
        }

        assertThat(wrong).as("endpoints whose access is not as decided").isEmpty();
        assertThat(seen).as("every endpoint listed exists").containsAll(THE_ADMINS).containsAll(THE_STAFFS);
    }

    /** The people's pages: signed-in users only, village pages by the same village rules as the API. */
    private static boolean isPage(String pattern) {
        return pattern.equals("/") || pattern.startsWith("/v/") || pattern.startsWith("/audit")
                || pattern.startsWith("/township");
    }

    private static void checkPage(RequestMethod method, String path, String endpoint, Browser anonymous,
            Browser staff, Browser auditor, String pattern, List<String> unguarded) {
        Browser.Page unsigned = send(anonymous, method, path);
        if (unsigned.status() != 302 || !unsigned.header("Location").contains("/login")) {
            unguarded.add(endpoint + " without signing in → " + unsigned.status());
        }
        if (pattern.startsWith("/v/{code}") || pattern.startsWith("/audit") || pattern.startsWith("/township")) {
            expectForbidden(staff, method, path, endpoint + " as another village's staff", unguarded);
        }
        if ((pattern.startsWith("/v/{code}") || pattern.startsWith("/township")) && method != RequestMethod.GET) {
            expectForbidden(auditor, method, path, endpoint + " as an auditor", unguarded);
        }
    }

    private static void expectForbidden(Browser user, RequestMethod method, String path, String what,
            List<String> unguarded) {
        Browser.Page page = send(user, method, path);
        if (page.status() != 403) {
            unguarded.add(what + " → " + page.status());
        }
    }

    private static Browser.Page send(Browser browser, RequestMethod method, String path) {
        return method == RequestMethod.GET ? browser.get(path)
                : browser.postForm(path, Map.of("_csrf", browser.csrf()));
    }

    private Browser signedIn(Township.Login login) {
        Browser browser = township.browser();
        browser.postForm("/login", new java.util.LinkedHashMap<>(Map.of("username", login.username(),
                "password", login.password(), "_csrf", browser.get("/login").csrfToken())));
        return browser;
    }

    private static void expectForbidden(Api user, RequestMethod method, String path, String what, List<String> unguarded) {
        Api.Reply reply = method == RequestMethod.GET ? user.get(path) : user.send(path, method.name(), "{}");
        if (reply.status() != 403) {
            unguarded.add(what + " → " + reply.status());
        }
    }

    private static String sample(String path) {
        String sampled = path;
        for (Map.Entry<String, String> value : SAMPLE_VALUES.entrySet()) {
            sampled = sampled.replace(value.getKey(), value.getValue());
        }
        return sampled;
    }
}
