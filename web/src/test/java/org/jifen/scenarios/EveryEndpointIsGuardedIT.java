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

    private static final Map<String, String> SAMPLE_VALUES = Map.of("{id}", "1", "{version}", "1",
            "{month}", "2024-07", "{eventId}", "e-1", "{quarter}", "2024-Q3", "{yyyy}-Q{n}", "2024-Q3",
            "{file}", "plan.drl");

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
        if (pattern.startsWith("/v/{code}") && method != RequestMethod.GET) {
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
