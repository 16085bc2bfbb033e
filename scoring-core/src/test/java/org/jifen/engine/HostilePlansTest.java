package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jifen.engine.HostileCorpus.Attack;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule files are untrusted input from villages. Each plan of the hostile corpus ({@link HostileCorpus}) tries one way
 * to do something other than award points, or to make the service pay for it; each must be refused with its file,
 * a line and a Chinese reason, within {@link #CPU_BUDGET_SECONDS} s of CPU, and must have done nothing (the marker
 * file it aims to write does not exist, and the JVM running this test is still alive after the ones that call
 * System.exit). The CPU time of each is logged.
 */
class HostilePlansTest {

    /** The clerk's list of engine words, and the compiler's and MVEL's own English. */
    private static final Pattern ENGINE_WORDS = Pattern.compile(ClerkMistakesTest.ENGINE_WORDS.pattern()
            + "|(?i)unable|cannot|strict-mode|\\berror\\b|not allowed|exceeds|\\b(?:CYRILLIC|GREEK)\\b");

    private static final Logger log = LoggerFactory.getLogger(HostilePlansTest.class);
    /** Issue 9: each refused within 10 s of CPU. Measured: well under a second each (docs/security.md). */
    private static final long CPU_BUDGET_SECONDS = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    static Path sandbox;

    static Stream<Attack> attacks() {
        return HostileCorpus.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefusedWithFileLineAndAChineseReasonCheaplyAndDoesNothing(Attack attack) {
        Path marker = sandbox.resolve(attack.name().replaceAll("[^\\p{L}\\p{N}]+", "-"));
        Attack planted = attack.withMarker(marker);
        List<String> names = planted.files().stream().map(PlanFile::name).toList();
        long cpu = THREADS.getCurrentThreadCpuTime();

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(planted.files()))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(logged(attack, rejected).problems())
                        .isNotEmpty()
                        .allSatisfy(problem -> {
                            assertThat(names).contains(problem.file());
                            assertThat(problem.line()).as("the line of %s", problem)
                                    .isGreaterThanOrEqualTo(wholeWorkbook(problem) ? 0 : 1);
                            assertThat(problem.message()).containsPattern("\\p{IsHan}");
                            assertThat(inOwnWords(problem.message())).doesNotContainPattern(ENGINE_WORDS);
                        }));

        long seconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000_000;
        log.info("hostile plan refused in {} ms of CPU: {}", (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, attack.name());
        assertThat(seconds).as("CPU seconds to refuse it").isLessThan(CPU_BUDGET_SECONDS);
        assertThat(Files.exists(marker)).as("the attack wrote its marker").isFalse();
    }

    /** A setting of a whole workbook (its tabs, the sheet it opens on) is said at no line (ADR 0237). */
    private static boolean wholeWorkbook(PlanProblem problem) {
        return problem.file().endsWith(".xlsx") && problem.cell() == null && problem.message().startsWith("表格");
    }

    /** The message without what it quotes from the file (「…」), which may be anything the attacker wrote. */
    private static String inOwnWords(String message) {
        return message.replaceAll("「[^」]*」", "「」");
    }

    private static PlanRejected logged(Attack attack, PlanRejected rejected) {
        PlanProblem first = rejected.problems().get(0);
        log.info("{}: {} line {}: {}", attack.name(), first.file(), first.line(), first.message());
        return rejected;
    }

    /** The threat is real: the same kind of file, built by Drools without the contract check, writes to disk. */
    @Test
    void withoutTheContractCheckSuchAFileWouldWriteToDisk() throws Exception {
        Path marker = sandbox.resolve("unchecked-build");
        String drl = HostileCorpus.rule("Event()", "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"x\");")
                .replace("MARKER", marker.toString().replace("\\", "/"));
        org.kie.api.KieServices kie = org.kie.api.KieServices.get();
        org.kie.api.builder.KieFileSystem files = kie.newKieFileSystem().write("src/main/resources/a.drl", drl);
        kie.newKieBuilder(files).buildAll();
        org.kie.api.runtime.StatelessKieSession session = kie.newKieContainer(kie.getRepository().getDefaultReleaseId())
                .getKieBase().newStatelessKieSession();
        session.setGlobal("awards", new org.jifen.rules.Awards((kind, points, category) -> { }));
        session.execute(new Event("x", "1", LocalDate.of(2024, 7, 1), 1, Map.of()));

        assertThat(Files.exists(marker)).isTrue();
    }

    /** Multiplying an attribute by a quantity is a legitimate rule; values that overflow make the event a plan fault. */
    @Test
    void pointsThatWouldOverflowAreAPlanFaultNotAWrappedNumber() {
        CompiledPlan plan = new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", HostileCorpus.rule(
                "$e : Event( type == \"志愿服务\" )", "awards.add($e.intAttr(\"小时\") * $e.getQuantity(), \"文明新风\");"))));
        Household household = new Household("1", "一组", null, 3, 2, Set.of());

        assertThat(plan.fire(List.of(event("3", 2), household))).extracting(FiredAward::points).containsExactly(6);
        for (Event overflowing : List.of(event("65536", 65536), event("2147483647", 2147483647), event("-2147483648", 2))) {
            assertThatThrownBy(() -> plan.fire(List.of(overflowing, household)))
                    .isInstanceOfSatisfying(RuleFailed.class, failed -> {
                        assertThat(failed.rule()).isEqualTo("恶意规则");
                        assertThat(failed.getMessage()).contains("恶意规则").containsPattern("上限|整数范围");
                    });
        }
    }

    private static Event event(String hours, int quantity) {
        return new Event("志愿服务", "1", LocalDate.of(2024, 7, 1), quantity, Map.of("小时", hours));
    }
}
