package org.jifen.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the walls cost a compile, as ratios against Drools' own build of the same DRL in the same process (the way
 * plans were built before ADR 0041): the checked parse built with the service's class loader, the same built below
 * {@link PlanClassLoader}, and the whole of {@link PlanCompiler#compile} (checks, build, {@link BuiltRuleCheck}).
 * Not part of the build; run it with
 * {@code ./mvnw -pl scoring-core test -Dtest=PlanCompileBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read
 * {@code scoring-core/target/benchmark-plan-compile.txt}.
 */
class PlanCompileBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PlanCompileBenchmark.class);
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 21;

    @Test
    void compilingThroughTheWalls() throws IOException {
        List<String> report = new ArrayList<>();
        report.add("Plan compile time, median of " + ROUNDS + " after " + WARM_UP + " warm-up rounds, ms (ratio to Drools alone)");
        for (PlanFile plan : List.of(read("杨家庄村示例.drl"), bigPlan())) {
            long[] medians = medians(List.of(
                    () -> droolsAlone(plan.text()),
                    () -> PlanCompiler.build(sources(plan), PlanCompileBenchmark.class.getClassLoader()),
                    () -> PlanCompiler.build(sources(plan), PlanClassLoader.forThisApplication()),
                    () -> new PlanCompiler(1000).compile(List.of(plan))));
            long drools = medians[0];
            report.add(String.format("%s (%d rules): Drools alone %d; checked parse, service's loader %d (%.2f); "
                    + "below the wall %d (%.2f); the whole compile %d (%.2f)", plan.name(),
                    plan.text().split("\nrule ", -1).length - 1, drools, medians[1], (double) medians[1] / drools,
                    medians[2], (double) medians[2] / drools, medians[3], (double) medians[3] / drools));
        }
        report.forEach(line -> log.info(line));
        Files.write(Path.of("target", "benchmark-plan-compile.txt"), report);
    }

    private static List<RuleSource> sources(PlanFile plan) {
        return RuleSource.readAll(List.of(plan), PlanCompiler.CATEGORIES, true);
    }

    /** Drools' own build of the DRL files as the service did it before: KieFileSystem, KieBuilder, KieContainer. */
    static KieBase droolsAlone(String... drls) {
        KieServices kie = KieServices.get();
        ReleaseId releaseId = kie.newReleaseId("org.jifen.benchmark", "plan-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (int i = 0; i < drls.length; i++) {
            files.write("src/main/resources/plans/plan" + i + ".drl", drls[i]);
        }
        kie.newKieBuilder(files).buildAll();
        KieBase kieBase = kie.newKieContainer(releaseId).getKieBase();
        kie.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /** Each compile's median, the compiles taking turns in every round so that a busy machine slows them alike. */
    private static long[] medians(List<Supplier<Object>> compiles) {
        for (int i = 0; i < WARM_UP; i++) {
            compiles.forEach(Supplier::get);
        }
        List<List<Long>> millis = compiles.stream().map(compile -> (List<Long>) new ArrayList<Long>()).toList();
        for (int i = 0; i < ROUNDS; i++) {
            for (int c = 0; c < compiles.size(); c++) {
                long started = System.nanoTime();
                compiles.get(c).get();
                millis.get(c).add((System.nanoTime() - started) / 1_000_000);
            }
        }
        return millis.stream().mapToLong(times -> times.stream().sorted().toList().get(ROUNDS / 2)).toArray();
    }

    static PlanFile read(String example) throws IOException {
        return new PlanFile(example, Files.readAllBytes(Path.of("..", "docs", "examples", example)));
    }

    /** A plan at the limits: 300 rules with three alternatives each, 900 condition branches. */
    static PlanFile bigPlan() {
        StringBuilder drl = new StringBuilder(HostileCorpus.HEADER);
        for (int i = 0; i < 300; i++) {
            drl.append("rule \"R").append(i).append("\"\n    @cap(20)\nwhen\n    ( Event( type == \"t").append(i)
                    .append("\", quantity > ").append(i % 5).append(" ) or Event( type == \"u").append(i)
                    .append("\" ) or Event( type == \"v").append(i).append("\", flag(\"x\") ) )\n    Household( members > ")
                    .append(i % 7).append(" || hasTag(\"党员户\") )\nthen\n    awards.add(").append(i % 10 + 1)
                    .append(", \"村民议事\");\nend\n");
        }
        return PlanFile.of("三百条规则.drl", drl.toString());
    }
}
