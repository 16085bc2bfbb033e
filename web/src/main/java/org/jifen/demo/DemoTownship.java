package org.jifen.demo;

import java.time.Clock;
import org.jifen.operations.OncePerDatabase;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.access.Role;
import org.jifen.activation.ActivationService;
import org.jifen.cases.CaseView;
import org.jifen.evaluation.EvaluationService;
import org.jifen.group.GroupService;
import org.jifen.group.NewGroupMember;
import org.jifen.household.Household;
import org.jifen.household.HouseholdService;
import org.jifen.pilots.PilotPlans;
import org.jifen.plan.PlanCheckBusy;
import org.jifen.plan.PlanService;
import org.jifen.plan.RuleSet;
import org.jifen.scoring.EventRecorder;
import org.jifen.scoring.RecordEvent;
import org.jifen.village.Village;
import org.jifen.township.NewPlanYear;
import org.jifen.township.TownshipOverview;
import org.jifen.village.VillageService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Loads the demo township through the same services that serve real requests: villages, plans uploaded and
 * activated, households, and last month's events scored by each village's plan; in the pilots also the two months
 * before, their points supermarket, fund, redemptions, star levels and typical cases. So every demo point has a trace
 * like a real one, recorded by {@code demo-loader}. The data is the same on every load (seeded per village); only
 * the month moves with the clock: always the last full month, never a future day.
 */
@Component
public class DemoTownship {

    private static final Logger log = LoggerFactory.getLogger(DemoTownship.class);
    /** The township's plan was deployed in May 2024. */
    private static final long SEED = 2024_05L;
    private static final Actor LOADER = new Actor("demo-loader", Role.TOWNSHIP_ADMIN, null);
    /**
     * Villages load side by side: they share nothing, and one village at a time leaves cores idle while a plan
     * compiles. Each village's data stays the same; only database ids interleave.
     */
    private static final int WORKERS = 3;
    private static final Duration CHECK_WAIT = Duration.ofMinutes(30);
    private static final Duration CHECK_RETRY = Duration.ofSeconds(2);
    /** 积分管理自治小组: led by a village committee member, at least six people (华新镇方案 四(三)). */
    private static final List<String> SELF_GOVERNANCE_ROLES = List.of("组长", "安全", "卫生", "民政", "村民代表", "退休党员");

    private final VillageService villages;
    private final HouseholdService households;
    private final PlanService plans;
    private final ActivationService activations;
    private final EventRecorder recorder;
    private final GroupService group;
    private final EvaluationService evaluation;
    private final DemoSupermarket supermarket;
    private final DemoStarsAndCases starsAndCases;
    private final TownshipOverview overview;
    private final Clock clock;
    private final OncePerDatabase once;

    DemoTownship(VillageService villages, HouseholdService households, PlanService plans,
            ActivationService activations, EventRecorder recorder, GroupService group, EvaluationService evaluation,
            DemoSupermarket supermarket, DemoStarsAndCases starsAndCases, TownshipOverview overview,
            ObjectProvider<Clock> clock, OncePerDatabase once) {
        this.villages = villages;
        this.households = households;
        this.plans = plans;
        this.activations = activations;
        this.recorder = recorder;
        this.group = group;
        this.evaluation = evaluation;
        this.supermarket = supermarket;
        this.starsAndCases = starsAndCases;
        this.overview = overview;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.once = once;
    }

    public boolean townshipIsEmpty() {
        return villages.all().isEmpty();
    }

    /**
     * Loads all 19 villages, or refuses with {@link DemoTownshipAlreadyLoaded}, before creating anything, when one
     * of their codes is taken (the first pilot's, when the demo was loaded before). Synchronised so that a request
     * during the start-up load cannot load a second time.
     */
    public synchronized DemoSummary load(String requestedBy) {
        Set<String> taken = villages.all().stream().map(Village::getCode).collect(Collectors.toSet());
        DemoVillages.ALL.stream().map(DemoVillage::code).filter(taken::contains).findFirst().ifPresent(code -> {
            throw DemoTownshipAlreadyLoaded.codeTaken(code);
        });
        // Another node on the same database may be loading it right now: its villages are not there yet.
        if (!once.claim("demo")) {
            throw DemoTownshipAlreadyLoaded.byAnotherNode();
        }
        long started = System.nanoTime();
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        DemoSummary total = new DemoSummary(0, 0, 0, 0, 0, month, 0, 0);
        List<LoadedVillage> loaded = loadAll(month);
        for (LoadedVillage village : loaded) {
            total = total.plus(village.summary());
        }
        List<CaseView> cases = loaded.stream().map(LoadedVillage::typicalCase).filter(java.util.Objects::nonNull)
                .toList();
        starsAndCases.township(DemoVillages.ALL.stream().filter(village -> !village.demo()).map(DemoVillage::code)
                .toList(), cases, LOADER);
        // The demo's milestones are judged in the year of its data, not the service's default (tryout F15), unless the
        // township already chose its plan's year.
        if (overview.planYearSet().setBy() == null) {
            overview.setPlanYear(new NewPlanYear(month.getYear()), LOADER.username());
        }
        log.info("Loaded the demo township ({}): {} villages, {} households ({} eligible), {} events, {} awards "
                        + "up to {}, {} redemptions, {} typical cases in {} ms", requestedBy, total.villages(),
                total.households(), total.eligibleHouseholds(), total.events(), total.awards(), total.month(),
                total.redemptions(), total.cases(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return total;
    }

    /** What loading one village made, and the typical case it submitted (a pilot's). */
    private record LoadedVillage(DemoSummary summary, @Nullable CaseView typicalCase) {
    }

    private List<LoadedVillage> loadAll(YearMonth month) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS,
                task -> new Thread(task, "demo-loader-" + threads.incrementAndGet()));
        try {
            // The pilots come first in the list: they are the largest, so they start first.
            List<Future<LoadedVillage>> loading = DemoVillages.ALL.stream()
                    .map(village -> workers.submit(() -> loadVillage(village, month)))
                    .toList();
            return loading.stream().map(DemoTownship::await).toList();
        } finally {
            workers.shutdownNow();
        }
    }

    private static LoadedVillage await(Future<LoadedVillage> village) {
        try {
            return village.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("loading the demo township failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo township", interrupted);
        }
    }

    /**
     * The demo waits its turn for a plan check: villages may upload while it loads (the service answers from the
     * start), and their checks are not a reason for the demo, let alone the service, to fail (found from outside).
     */
    private RuleSet uploadWhenACheckIsFree(DemoVillage village) {
        long deadline = System.nanoTime() + CHECK_WAIT.toNanos();
        while (true) {
            try {
                return plans.upload(village.code(), PilotPlans.of(village.plan()).files(), LOADER);
            } catch (PlanCheckBusy busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                log.info("Demo village {} waits for a free plan check", village.code());
                try {
                    Thread.sleep(CHECK_RETRY.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    /**
     * One village: its plan, households, a month of events and its group. The pilots show the whole cycle and the use
     * of points: their expiry rule, the two months before finalised too (a quarter of points), the last month
     * finalised by their group of six, a stocked supermarket with the quarter's redemptions, star levels and a
     * typical case. The others have their month evaluated only.
     */
    private LoadedVillage loadVillage(DemoVillage village, YearMonth month) {
        villages.register(village.registration(), village.demo());
        RuleSet plan = uploadWhenACheckIsFree(village);
        activations.activate(village.code(), plan.getVersion(), null, LOADER);
        // One generator per village: changing one village's data leaves the others as they were.
        Random random = new Random(SEED + village.code().hashCode());
        List<Household> registered = DemoHouseholds.of(village, random).stream()
                .map(household -> households.register(village.code(), household, LOADER))
                .toList();
        List<RecordEvent> events = MonthOfEvents.of(village, registered, month, random);
        List<Long> approvals = SELF_GOVERNANCE_ROLES.stream()
                .map(role -> group.add(village.code(), new NewGroupMember(
                        HeadNames.next(random, village.commonSurname(), new java.util.HashSet<>()), role), LOADER).id())
                .toList();
        int recorded = 0;
        int awards = 0;
        if (!village.demo()) {
            starsAndCases.expiryRule(village, LOADER);
            // The quarter's earlier months come from generators of their own, so the last month stays as it was.
            for (YearMonth earlier : List.of(month.minusMonths(2), month.minusMonths(1))) {
                Random earlierRandom = new Random(SEED + village.code().hashCode() + earlier.hashCode());
                for (RecordEvent event : MonthOfEvents.of(village, registered, earlier, earlierRandom,
                        "demo-" + village.code() + "-" + earlier.toString().replace("-", ""))) {
                    awards += recorder.record(village.code(), event, LOADER).result().awards().size();
                    recorded++;
                }
                evaluation.finalise(village.code(), earlier, approvals, LOADER);
            }
        }
        for (RecordEvent event : events) {
            awards += recorder.record(village.code(), event, LOADER).result().awards().size();
            recorded++;
        }
        int redemptions = 0;
        CaseView typicalCase = null;
        if (village.demo()) {
            evaluation.evaluate(village.code(), month, LOADER);
        } else {
            // The pilots show the whole cycle: their group of six has signed the month off (finalising evaluates).
            evaluation.finalise(village.code(), month, approvals, LOADER);
            redemptions = supermarket.load(village, registered, random, LOADER);
            typicalCase = starsAndCases.starsAndCase(village, registered, random, LOADER);
        }
        return new LoadedVillage(new DemoSummary(1, registered.size(),
                (int) registered.stream().filter(Household::isEligible).count(), recorded, awards, month,
                redemptions, typicalCase == null ? 0 : 1), typicalCase);
    }
}
