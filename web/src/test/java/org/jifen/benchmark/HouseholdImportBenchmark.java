package org.jifen.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a village's largest allowed register (5,000 households) takes to import over HTTP: registered new, then
 * imported again with two fields changed in every row (10,000 change rows), then again unchanged. Not part of the
 * build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HouseholdImportBenchmark}
 * and read target/benchmark-household-import-*.txt.
 */
@AppTest
class HouseholdImportBenchmark {

    private static final int HOUSEHOLDS = 5_000;

    @Autowired
    Township township;

    @Test
    void importingAVillagesWholeRegister() throws IOException {
        String village = township.aVillage();
        byte[] first = register("一组", "是").getBytes(StandardCharsets.UTF_8);
        byte[] moved = register("二组", "否").getBytes(StandardCharsets.UTF_8);

        double created = seconds(village, first, "\"created\":" + HOUSEHOLDS);
        double updated = seconds(village, moved, "\"updated\":" + HOUSEHOLDS);
        double unchanged = seconds(village, moved, "\"unchanged\":" + HOUSEHOLDS);

        String database = TestDatabase.isPostgres() ? "PostgreSQL (embedded)" : "H2 (in memory)";
        Files.writeString(Path.of("target", "benchmark-household-import-"
                + (TestDatabase.isPostgres() ? "postgres" : "h2") + ".txt"), String.format(
                "%s, %d households, %d KB CSV%ncreated:   %.1f s%nupdated:   %.1f s (2 fields each)%nunchanged: %.1f s%n",
                database, HOUSEHOLDS, first.length / 1024, created, updated, unchanged));
    }

    private double seconds(String village, byte[] csv, String expected) {
        long start = System.nanoTime();
        Api.Reply reply = township.api().upload("/api/villages/" + village + "/households:import", "file",
                new PlanFile("全村.csv", csv));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(reply.body()).as(reply.toString()).contains(expected);
        return seconds;
    }

    private static String register(String group, String homestead) {
        return "户号,户主姓名,村民小组,自然村,本地户籍,宅基地,常住人口,家庭人口,标签\r\n" + IntStream.rangeClosed(1, HOUSEHOLDS)
                .mapToObj(n -> String.format("%05d,户主%d,%s,中心村,是,%s,%d,%d,%s", n, n, group, homestead, n % 5 + 1,
                        n % 5 + 2, n % 7 == 0 ? "党员户" : ""))
                .collect(Collectors.joining("\r\n"));
    }
}
