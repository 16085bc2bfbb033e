package org.jifen.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jifen.integrity.LinkFields;
import org.jifen.integrity.LinkFormat;
import org.jifen.scoring.LedgerCheck;
import org.jifen.scoring.LedgerVerification;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What checking a village's ledger costs as it grows (ADR 0196): a village's chain of award entries, linked as the
 * ledger links them, checked at each size by {@link LedgerVerification} (wall clock and the checking thread's
 * CPU, the process's CPU and garbage collection, the heap's peak), beside linking as many entries in memory in the
 * same run (what the check cannot do without). The sixth
 * outside attack measured 700 s for 400,000 entries. Not part of the build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LedgerVerifyBenchmark}
 * ({@code -Dverify.sizes=25000,50000} for other sizes) and read target/benchmark-ledger-verify-{h2,postgres}.txt.
 */
@AppTest
class LedgerVerifyBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int APPEND = 5_000;

    @Autowired
    Township township;

    @Autowired
    LedgerVerification verification;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void checkingALedgerAsItGrows() throws IOException {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long villageId = jdbc.queryForObject("select id from village where code = ?", Long.class, village);
        long ruleSetId = jdbc.queryForObject("select id from rule_set where village_id = ?", Long.class, villageId);
        String sha = jdbc.queryForObject("select sha256 from rule_set where id = ?", String.class, ruleSetId);
        int[] sizes = Arrays.stream(System.getProperty("verify.sizes", "25000,50000,100000,200000,400000").split(","))
                .mapToInt(Integer::parseInt).toArray();

        List<String> report = new ArrayList<>();
        report.add("database: " + (TestDatabase.isPostgres() ? "PostgreSQL (embedded)" : "H2 (in memory)"));
        report.add("entries | check wall s | thread CPU s | process CPU s | GC s | peak heap MB | entries/s (wall)"
                + " | link alone ms | check / link");
        long written = 0;
        for (int size : sizes) {
            written = append(villageId, household, ruleSetId, sha, written, size);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            long gc = gcMillis();
            long process = PROCESS.getProcessCpuTime();
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            LedgerCheck check = verification.verify(village);
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
            double processSeconds = (PROCESS.getProcessCpuTime() - process) / 1e9;
            double gcSeconds = (gcMillis() - gc) / 1e3;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
            assertThat(check.valid()).isTrue();
            assertThat(check.entries()).isEqualTo(size);
            double linkMillis = linkAlone(size);
            report.add(String.format("%d | %.2f | %.2f | %.2f | %.2f | %d | %.0f | %.0f | %.1f", size, wallSeconds,
                    cpuSeconds, processSeconds, gcSeconds, peakHeap, size / wallSeconds, linkMillis,
                    wallSeconds * 1000 / linkMillis));
            Files.write(Path.of("target", "benchmark-ledger-verify-" + (TestDatabase.isPostgres() ? "postgres" : "h2")
                    + ".txt"), report);
        }
    }

    private String lastHash = "";

    /**
     * Appends entries up to {@code size} as the ledger links them, by JDBC batches (the service's own append costs
     * minutes for 400,000 on this machine); each is linked with the current format over the fields an award's link
     * covers, so the check finds the chain intact only if they are what the service would have written.
     */
    private long append(long villageId, long household, long ruleSetId, String sha, long from, long size) {
        Instant at = Instant.parse("2026-11-30T16:00:00.123Z");
        for (long start = from; start < size; start += APPEND) {
            List<Object[]> rows = new ArrayList<>();
            for (long seq = start + 1; seq <= Math.min(size, start + APPEND); seq++) {
                String rule = "规则" + (seq % 100);
                String hash = LinkFormat.CURRENT.link(lastHash, seq, LinkFields.of(villageId, household, "2026-11",
                        "MONTH_END", null, null, ruleSetId, 1, sha, rule, "村民议事", "BASE", 1, null, null, "benchmark",
                        null, at).late("capKey", null));
                rows.add(new Object[] {1_000_000_000_000L + villageId * 1_000_000L + seq, villageId, household,
                    ruleSetId, sha, rule, java.sql.Timestamp.from(at), seq, hash, LinkFormat.CURRENT.number()});
                lastHash = hash;
            }
            jdbc.batchUpdate("insert into award (id, village_id, household_id, score_month, source, rule_set_id,"
                    + " rule_set_version, rule_set_sha256, rule, category, kind, points, created_at, recorded_by,"
                    + " chain_seq, chain_hash, chain_format) values (?, ?, ?, '2026-11', 'MONTH_END', ?, 1, ?, ?,"
                    + " '村民议事', 'BASE', 1, ?, 'benchmark', ?, ?, ?)", rows);
        }
        jdbc.update("update chain_head set last_seq = ?, last_hash = ? where chain_name = 'ledger' and owner_id = ?",
                size, lastHash, villageId);
        return size;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Milliseconds to link {@code entries} award entries in memory, one after another, as the check does. */
    private static double linkAlone(int entries) {
        LinkFields fields = LinkFields.of(12L, 4711L, "2026-11", "MONTH_END", null, null, 88L, 1,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "规则7", "村民议事", "BASE", 1,
                null, null, "benchmark", null, Instant.parse("2026-11-30T16:00:00.123Z")).late("capKey", null);
        long start = System.nanoTime();
        String previous = "";
        for (int seq = 1; seq <= entries; seq++) {
            previous = LinkFormat.values()[LinkFormat.values().length - 1].link(previous, seq, fields);
        }
        assertThat(previous).isNotEmpty();
        return (System.nanoTime() - start) / 1e6;
    }
}
