package org.jifen.plan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.jifen.pilots.PilotPlans;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.support.AppTest;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.jifen.village.Villages;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 13's county: {@code jifen.bench.villages} villages (default 2,000), each with a plan of its own stored as a
 * village stores it, served in turn by the service's own {@link PlanLibrary} with the bound a county sets on a 1 GiB
 * heap ({@code jifen.plans.cached=800}, docs/operations.md). The plans are variants of the pilot plans and the
 * township template (4–45 rules): a village's plan is a choice of the pilots' files with its own package and its own
 * points, so no two are the same text and each is compiled on its own. First every village's first event in turn
 * (each one must compile, and the library lets plans go past the bound), then a day of {@code jifen.bench.events}
 * events (default 4,000) of which nine in ten come from a fifth of the villages. Measured: the time of an event whose
 * plan was kept against one whose plan had to compile (p50/p99), the heap after collections and its peak, metaspace
 * and the classes loaded and unloaded (a let-go plan's rule classes must be unloaded, or metaspace grows without
 * bound), the time spent collecting, and how many plans were let go. The service runs with {@code -Xmx1g}: the
 * benchmark refuses to run with more. PostgreSQL only (the database outside the heap). Not part of the build; run it
 * with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CountyPlansBenchmark
 * -Dit.argLine=-Xmx1g} and read target/benchmark-county-plans.txt.
 */
@AppTest
@TestPropertySource(properties = "jifen.plans.cached=800")
class CountyPlansBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CountyPlansBenchmark.class);
    private static final int VILLAGES = Integer.getInteger("jifen.bench.villages", 2000);
    private static final int EVENTS = Integer.getInteger("jifen.bench.events", 4000);
    private static final long MB = 1024 * 1024;
    /** Villages between two readings of memory after full collections. */
    private static final int READ_EVERY = 250;
    private static final Pattern POINTS = Pattern.compile("awards\\.(add|bonus|deduct)\\((\\d+)");
    private static final Pattern PACKAGE = Pattern.compile("villages\\.(\\w+)");

    @Autowired
    PlanLibrary library;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    Villages villages;

    @Autowired
    Township township;

    @Autowired
    MeterRegistry meters;

    private final List<String> report = new ArrayList<>();
    private final Memory memory = new Memory();

    @Test
    void aCountysPlansServedInOneGibibyte() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "the database outside the measured heap");
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (maxHeap > 1024 * MB) {
            throw new IllegalStateException("run with -Dit.argLine=-Xmx1g: the heap is " + maxHeap / MB + " MB");
        }
        List<List<PlanFile>> shapes = shapes();
        // Each shape compiled once: the stored version's rule listing (which the library never reads) and a check
        // that every shape compiles on its own.
        List<CompiledPlan> listings = new ArrayList<>();
        for (List<PlanFile> shape : shapes) {
            listings.add(new PlanCompiler(1000).compile(shape));
        }
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        int[] rules = new int[VILLAGES];
        for (int v = 0; v < VILLAGES; v++) {
            String code = township.aVillage();
            long villageId = villages.findByCode(code).orElseThrow().id();
            int shape = v % shapes.size();
            List<PlanFile> files = variant(shapes.get(shape), v);
            ids.add(ruleSets.save(new RuleSet(villageId, 1, files, listings.get(shape), List.of(), "benchmark",
                    Instant.now())).id());
            rules[v] = listings.get(shape).rules().size();
        }
        said(String.format("County plans: %d villages, %d distinct plans (%d shapes of %s rules), "
                + "jifen.plans.cached=800, max heap %d MB, %d cores; set up in %.0f s; load average at start %s",
                VILLAGES, VILLAGES, shapes.size(), listings.stream().map(plan -> String.valueOf(plan.rules().size()))
                        .toList(), maxHeap / MB, Runtime.getRuntime().availableProcessors(), seconds(started),
                loadAverage()));

        memory.read("before the first event");
        List<Double> hits = new ArrayList<>();
        List<Double> misses = new ArrayList<>();
        started = System.nanoTime();
        for (int v = 0; v < VILLAGES; v++) {
            serve(ids.get(v), hits, misses);
            if ((v + 1) % READ_EVERY == 0) {
                memory.read("after " + (v + 1) + " villages' first events");
                said("    so far: " + latencies(hits, misses));
            }
        }
        said(String.format("Round 1, every village's first event in turn: %.0f s; %s", seconds(started),
                latencies(hits, misses)));

        // A day: nine events in ten from a fifth of the villages, the rest from the others, at random.
        Random random = new Random(13);
        int busy = Math.max(1, VILLAGES / 5);
        List<Double> dayHits = new ArrayList<>();
        List<Double> dayMisses = new ArrayList<>();
        started = System.nanoTime();
        for (int e = 0; e < EVENTS; e++) {
            int v = random.nextInt(10) < 9 ? random.nextInt(busy) : busy + random.nextInt(VILLAGES - busy);
            serve(ids.get(v), dayHits, dayMisses);
            if ((e + 1) % (READ_EVERY * 4) == 0) {
                memory.read("after " + (e + 1) + " events of the day");
            }
        }
        said(String.format("A day of %d events, 90%% from %d villages: %.0f s; %s", EVENTS, busy,
                seconds(started), latencies(dayHits, dayMisses)));
        said(String.format("Peaks: heap after a full collection %.0f MB; heap after any collection "
                + "%.0f MB; metaspace %.0f MB; time collecting (not counting the readings' own) %.1f s; plans let go "
                + "%.0f; kept at the end %.0f", memory.peakLive / (double) MB,
                memory.peakAfterAnyCollection() / (double) MB, memory.peakMeta / (double) MB,
                memory.collecting() / 1000.0,
                meters.get("jifen.plans.let.go").counter().count(), meters.get("jifen.plans.kept").gauge().value()));
        int min = java.util.Arrays.stream(rules).min().orElse(0);
        int max = java.util.Arrays.stream(rules).max().orElse(0);
        said("Rules per plan: " + min + "–" + max);
    }

    /** Logged and written at once: a run cut short still leaves what it measured. */
    private void said(String line) throws java.io.IOException {
        log.info(line);
        report.add(line);
        Files.write(Path.of("target", "benchmark-county-plans.txt"), report);
    }

    /** One event of a village through its compiled plan; a miss is an event that had to compile the plan. */
    private void serve(long ruleSetId, List<Double> hits, List<Double> misses) {
        long compiledBefore = meters.get("jifen.plan.compile").timer().count();
        long sent = System.nanoTime();
        CompiledPlan plan = library.of(ruleSetId);
        plan.fire(List.of(new Event("参加村民大会", "1", LocalDate.of(2024, 7, 3), 1, Map.of()),
                new Household("1", "一组", "中心村", 3, 2, Set.of("党员户"))));
        double took = (System.nanoTime() - sent) / 1e6;
        (meters.get("jifen.plan.compile").timer().count() > compiledBefore ? misses : hits).add(took);
        memory.sample();
    }

    /**
     * The plans villages are made from: a pilot whole (45 rules) or in part, and the township template, so that
     * plans of 4 to 45 rules are among them.
     */
    private static List<List<PlanFile>> shapes() {
        List<List<PlanFile>> shapes = new ArrayList<>();
        for (String pilot : List.of("yangjiazhuang", "xuzhong", "beixin")) {
            List<PlanFile> files = PilotPlans.of(pilot).files();
            shapes.add(files);
            shapes.add(files.stream().filter(file -> file.name().startsWith("文明新风")).toList());
            shapes.add(files.stream().filter(file -> file.name().endsWith(".drl")).toList());
        }
        shapes.add(PilotPlans.of("template").files());
        return shapes;
    }

    /** The shape as village {@code v} writes it: its own package, and its drl points moved by up to four. */
    private static List<PlanFile> variant(List<PlanFile> shape, int v) {
        List<PlanFile> files = new ArrayList<>();
        for (PlanFile file : shape) {
            String text = PACKAGE.matcher(file.text()).replaceAll("villages.$1_v" + v);
            if (file.name().endsWith(".drl")) {
                Matcher points = POINTS.matcher(text);
                StringBuilder moved = new StringBuilder();
                int i = 0;
                while (points.find()) {
                    int value = Integer.parseInt(points.group(2)) + (v + i++) % 5;
                    points.appendReplacement(moved, "awards." + points.group(1) + "(" + value);
                }
                points.appendTail(moved);
                text = moved.toString();
            }
            files.add(new PlanFile(file.name(), text.getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    private static String latencies(List<Double> hits, List<Double> misses) {
        return String.format("plan kept: %d events, p50 %.2f ms, p99 %.2f ms; plan compiled: %d events, p50 %.0f ms, "
                + "p99 %.0f ms", hits.size(), percentile(hits, 50), percentile(hits, 99), misses.size(),
                percentile(misses, 50), percentile(misses, 99));
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    }

    /** Heap and metaspace read after full collections, and what the collector did between the readings. */
    private final class Memory {

        private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        private long peakLive;
        private long peakMeta;
        private long readingsCollecting;
        private long peakAfterAny;

        void read(String when) throws Exception {
            long before = collectingMillis();
            for (int i = 0; i < 2; i++) {
                System.gc();
                Thread.sleep(100);
            }
            readingsCollecting += collectingMillis() - before;
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long meta = metaspace();
            peakLive = Math.max(peakLive, live);
            peakMeta = Math.max(peakMeta, meta);
            said(String.format("  %s: heap %.0f MB, metaspace %.0f MB, classes loaded now %d (unloaded so far "
                    + "%d), plans kept %.0f, let go %.0f, load average %s", when, live / (double) MB,
                    meta / (double) MB, classes.getLoadedClassCount(), classes.getUnloadedClassCount(),
                    meters.get("jifen.plans.kept").gauge().value(), meters.get("jifen.plans.let.go").counter().count(),
                    loadAverage()));
        }

        /** The heap left after the latest collection of any kind, its peak kept: what the service really holds. */
        void sample() {
            long afterCollection = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                    .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
            peakAfterAny = Math.max(peakAfterAny, afterCollection);
        }

        long peakAfterAnyCollection() {
            return peakAfterAny;
        }

        long collecting() {
            return collectingMillis() - readingsCollecting;
        }

        private static long collectingMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }

        private static long metaspace() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.NON_HEAP && pool.getName().equals("Metaspace"))
                    .mapToLong(pool -> pool.getUsage().getUsed()).sum();
        }
    }
}
