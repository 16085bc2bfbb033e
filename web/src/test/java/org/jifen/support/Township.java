package org.jifen.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.engine.PlanFile;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Builds each state a use case starts from, through the published API as a township admin would: a village, its
 * households, an active plan, users of each role. Every call makes new, uniquely named things.
 */
@TestComponent
public class Township {

    public static final String ADMIN_PASSWORD = "township-admin-secret";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Environment environment;

    Township(Environment environment) {
        this.environment = environment;
    }

    /** The same fixtures on a service running in a process of its own, at the port it listens on. */
    public static Township of(ServiceProcess service) {
        StandardEnvironment listening = new StandardEnvironment();
        listening.getPropertySources().addFirst(new MapPropertySource("service-process",
                Map.of("local.server.port", service.port())));
        return new Township(listening);
    }

    public Api api() {
        return new Api("http://localhost:" + environment.getProperty("local.server.port"), null, null)
                .as("admin", ADMIN_PASSWORD);
    }

    /** A phone without an account, on the service under test. */
    public Browser browser() {
        return new Browser("http://localhost:" + environment.getProperty("local.server.port"));
    }

    /** A new village with two villager groups and one central village; returns its code. */
    public String aVillage() {
        String code = "village-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
        Api.Reply created = api().post("/api/villages", json("code", code, "name", "测试村" + code,
                "centralVillages", List.of("中心村"), "groups", List.of("一组", "二组")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    /** A new eligible household in the village; returns its id. */
    public long aHousehold(String village, String... tags) {
        return household(village, true, tags);
    }

    /** A new eligible household in the villager group, with this head of household; returns its id. */
    public long aHouseholdIn(String village, String group, String headName) {
        int n = SEQUENCE.incrementAndGet();
        Api.Reply created = api().post("/api/villages/" + village + "/households", json(
                "householdNo", "H" + n, "headName", headName, "group", group, "localHukou", true,
                "homestead", true, "permanentResidents", 1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id("/id");
    }

    /** A household without a homestead house, so not scored. */
    public long anIneligibleHousehold(String village) {
        return household(village, false);
    }

    private long household(String village, boolean homestead, String... tags) {
        int n = SEQUENCE.incrementAndGet();
        Api.Reply created = api().post("/api/villages/" + village + "/households", json(
                "householdNo", "H" + n, "headName", "户主" + n, "group", "一组", "centralVillage", "中心村",
                "localHukou", true, "homestead", homestead, "permanentResidents", 2, "members", 3,
                "tags", List.of(tags)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id("/id");
    }

    /** Uploads the files as the village's next plan version and activates it; returns the version. */
    public int anActivePlan(String village, PlanFile... files) {
        Api.Reply uploaded = api().upload("/api/villages/" + village + "/rule-sets", files);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        int version = uploaded.json().at("/version").asInt();
        Api.Reply activated = api().post("/api/villages/" + village + "/rule-sets/" + version + "/activate");
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        return version;
    }

    /** The six members the township's plan asks for at least (四(三)); returns their ids. */
    public List<Long> aSelfGovernanceGroup(String village) {
        return List.of("组长", "安全", "卫生", "民政", "村民代表", "退休党员").stream()
                .map(role -> aGroupMember(village, role))
                .toList();
    }

    /** One more member of the village's self-governance group; returns the id. */
    public long aGroupMember(String village, String role) {
        Api.Reply added = api().post("/api/villages/" + village + "/group-members",
                json("name", "成员" + SEQUENCE.incrementAndGet(), "role", role));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.id("/id");
    }

    /** Records an event for the household (it must be scored: 201); returns the answer. */
    public Api.Reply anEvent(String village, long household, String type, String occurredOn) {
        return anEvent(village, household, type, occurredOn, 1);
    }

    public Api.Reply anEvent(String village, long household, String type, String occurredOn, int quantity) {
        Api.Reply recorded = api().post("/api/villages/" + village + "/events", json("eventId",
                "e-" + SEQUENCE.incrementAndGet(), "householdId", household, "type", type, "occurredOn", occurredOn,
                "quantity", quantity));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded;
    }

    /** The month finalised with the approval of these group members (evaluated first if it never was). */
    public Api.Reply aFinalisedMonth(String village, String month, List<Long> approvedBy) {
        Api.Reply finalised = api().post("/api/villages/" + village + "/months/" + month + "/finalise",
                json("approvedBy", approvedBy));
        assertThat(finalised.status()).as(finalised.toString()).isEqualTo(200);
        return finalised;
    }

    /** A new user of the role (in the village, for village roles), signed in. */
    public Api aUser(String role, String village) {
        Login login = aLogin(role, village);
        return api().as(login.username(), login.password());
    }

    /** What a person types on the login page. */
    public record Login(String username, String password) {
    }

    /** A new user of the role (in the village, for village roles), to sign in with. */
    public Login aLogin(String role, String village) {
        String username = role.toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet();
        String password = "password-" + username;
        Api.Reply created = api().post("/api/users", json("username", username, "password", password, "role", role,
                "village", village));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Login(username, password);
    }

    /** The address of the service under test, as a browser opens it. */
    public String base() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }
}
