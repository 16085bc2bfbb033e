package org.jifen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jifen.engine.ContractExample;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanProblem;
import org.jifen.engine.PlanRejected;
import org.jifen.engine.TestDays;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The separate JVM an upload is checked in (ADR 0048), for real: it accepts a good plan, refuses a bad one with its
 * problems, and refuses, in Chinese, a plan whose check needs more memory or time than it has, leaving no process
 * behind; one check per village and a bounded number at once.
 */
class PlanCheckProcessTest {

    private static final List<PlanFile> CONTRACT_EXAMPLE = List.of(PlanFile.of("方案.drl", ContractExample.DRL));

    @Test
    void aGoodPlanPassesAndABadOneIsRefusedWithItsFileLineAndReason() {
        PlanCheckProcess checks = checks(DataSize.ofMegabytes(256), Duration.ofSeconds(60), 2, Duration.ofSeconds(20));
        List<PlanFile> groupby = List.of(PlanFile.of("恶意.drl", ContractExample.DRL.replace(
                "Event( type == \"参加村民大会\" )",
                "groupby( $e : Event() ; java.lang.System.exit(1) ; $c : count() )")));

        assertThatCode(() -> checks.check("a", CONTRACT_EXAMPLE, TestDays.ANY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> checks.check("a", groupby, TestDays.ANY))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .isNotEmpty()
                        .allSatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("恶意.drl");
                            assertThat(problem.line()).isEqualTo(10);
                        })
                        .anySatisfy(problem -> assertThat(problem.message()).contains("groupby")));
        assertThat(checkingJvms()).isEmpty();
    }

    /** ADR 0177: what the checks that ran would only have warned of comes back across the process with the refusal. */
    @Test
    void aRefusalBringsItsWarningsAndItsNoteOfLaterChecksBackFromTheSeparateJvm() {
        PlanCheckProcess checks = checks(DataSize.ofMegabytes(256), Duration.ofSeconds(60), 2, Duration.ofSeconds(20));
        List<PlanFile> plan = List.of(PlanFile.of("方案.drl", """
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;
                rule "开会"
                when
                    Event( type == "参加村民大会" )
                then
                    awards.add(2, "村民议事");
                end
                rule "开会另加文明分"
                when
                    Event( type == "参加村民大会" )
                then
                    awards.add(1, "文明新风");
                end
                rule "巡逻"
                when
                    Event( type == "参加平安巡逻" )
                then
                    awards.add(2, "平安建设");
                end
                """), PlanFile.of("catalog.csv", "事件类型,类别,名称\n参加村民大会,村民议事,参加村民大会\n"));

        assertThatThrownBy(() -> checks.check("a", plan, TestDays.ANY)).isInstanceOfSatisfying(PlanRejected.class, rejected -> {
            assertThat(rejected.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(15);
                assertThat(problem.message()).contains("参加平安巡逻");
            });
            assertThat(rejected.warnings()).extracting(PlanProblem::line).containsExactly(9, 9);
            assertThat(rejected.warnings()).extracting(PlanProblem::message).satisfiesExactly(
                    same -> assertThat(same).contains("条件完全一样"),
                    category -> assertThat(category).contains("计入「文明新风」", "属于「村民议事」"));
            assertThat(rejected.laterChecks()).contains("试算整个方案");
        });
    }

    @Test
    void aCheckThatNeedsMoreMemoryThanItHasIsRefused() {
        PlanCheckProcess checks = checks(DataSize.ofMegabytes(16), Duration.ofSeconds(60), 2, Duration.ofSeconds(20));

        assertThatThrownBy(() -> checks.check("a", CONTRACT_EXAMPLE, TestDays.ANY))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("方案.drl");
                            assertThat(problem.message()).contains("内存超过 16 MB");
                        }));
    }

    @Test
    void aCheckThatTakesTooMuchCpuIsKilledAndRefused() {
        PlanCheckProcess checks = checks(DataSize.ofMegabytes(256), Duration.ofMillis(300), 2, Duration.ofSeconds(20));

        assertThatThrownBy(() -> checks.check("a", CONTRACT_EXAMPLE, TestDays.ANY))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .contains("用了超过 0.3 秒的计算时间，已停止")));
        assertThat(checkingJvms()).as("the killed check is gone").isEmpty();
    }

    @Test
    void uploadsBeyondTheChecksThatMayRunAtOnceAreAnsweredBusy() throws Exception {
        PlanCheckProcess checks = checks(DataSize.ofMegabytes(256), Duration.ofSeconds(60), 1, Duration.ZERO);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> checks.check("a", CONTRACT_EXAMPLE, TestDays.ANY));
        while (checks.freeSlots() > 0 && !first.isDone()) {
            Thread.sleep(10);
        }
        assertThat(first).as("the first check still holds its slot").isNotDone();

        assertThatThrownBy(() -> checks.check("a", CONTRACT_EXAMPLE, TestDays.ANY)).isInstanceOf(PlanCheckBusy.class)
                .hasMessageContaining("本村");
        assertThatThrownBy(() -> checks.check("b", CONTRACT_EXAMPLE, TestDays.ANY)).isInstanceOf(PlanCheckBusy.class)
                .hasMessageContaining("较多");
        first.get();
    }

    @Test
    void aSmallUploadIsCheckedAtOnceWhileALargeOneHoldsEverySharedCheck() throws Exception {
        PlanCheckProcess checks = checks(DataSize.ofMegabytes(256), Duration.ofSeconds(60), 1, Duration.ZERO, 1,
                DataSize.ofKilobytes(4));
        // large in bytes, and slow to check (nearly the most rules a plan may have), so that it still holds its check
        // when the small one, started after it, is done, however loaded the machine
        List<PlanFile> large = List.of(PlanFile.of("方案.drl", ContractExample.DRL + java.util.stream.IntStream.range(0, 290)
                .mapToObj(n -> "rule \"项目" + n + "\"\nwhen\n    Event( type == \"类型" + n + "\" )\nthen\n    awards.add(1, \"村民议事\");\nend\n")
                .collect(java.util.stream.Collectors.joining("\n", "\n", ""))));
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> checks.check("a", large, TestDays.ANY));
        while (checks.freeSlots() > 0 && !first.isDone()) {
            Thread.sleep(10);
        }
        assertThat(first).as("the large check holds the shared check").isNotDone();

        assertThatThrownBy(() -> checks.check("b", large, TestDays.ANY)).isInstanceOf(PlanCheckBusy.class)
                .hasMessageContaining("较多");
        assertThatCode(() -> checks.check("c", CONTRACT_EXAMPLE, TestDays.ANY)).doesNotThrowAnyException();
        assertThat(first).as("checked beside the large one, not after it").isNotDone();
        first.get();
    }

    private static PlanCheckProcess checks(DataSize memory, Duration timeLimit, int concurrency, Duration queueWait) {
        return checks(memory, timeLimit, concurrency, queueWait, 0, DataSize.ofKilobytes(64));
    }

    private static PlanCheckProcess checks(DataSize memory, Duration timeLimit, int concurrency, Duration queueWait,
            int smallLane, DataSize smallAtMost) {
        return new PlanCheckProcess(new PlanSettings(1000, Duration.ofMillis(500),
                new PlanSettings.Check(true, memory, timeLimit, concurrency, queueWait, smallLane, smallAtMost), 200,
                100_000, 100_000, 150_000, Duration.ofSeconds(10)));
    }

    /** The plan-checking JVMs this process started that are still running. */
    private static java.util.stream.Stream<ProcessHandle> checkingJvms() {
        return ProcessHandle.current().children().filter(child -> child.info().commandLine()
                .map(command -> command.contains("PlanCheckMain")).orElse(true));
    }
}
