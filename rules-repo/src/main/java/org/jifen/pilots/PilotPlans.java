package org.jifen.pilots;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jifen.engine.PlanFile;

/**
 * The plans of the pilot villages and the township template, read from the classpath ({@code plans/<code>/<file>},
 * UTF-8). The files of each plan are listed here explicitly, so that a stray file in a folder never becomes a rule.
 */
public final class PilotPlans {

    private static final List<Entry> ENTRIES = List.of(
            new Entry("yangjiazhuang", "杨家庄村", List.of("村民议事与平安建设.drl.csv", "村民议事.drl",
                    "文明新风与人居环境.drl.csv", "文明新风与人居环境.drl")),
            new Entry("xuzhong", "叙中村", List.of("村民议事与平安建设.drl.csv", "村民议事.drl",
                    "文明新风与人居环境.drl.csv", "文明新风与人居环境.drl")),
            new Entry("beixin", "北新村", List.of("村民议事与平安建设.drl.csv", "村民议事与平安建设.drl",
                    "文明新风与人居环境.drl.csv", "文明新风与人居环境.drl")),
            new Entry("template", "镇级方案模板", List.of("镇级模板.drl")));

    private PilotPlans() {
    }

    /** The three pilot plans and the template, in that order. */
    public static List<PilotPlan> all() {
        return ENTRIES.stream().map(Entry::load).toList();
    }

    /** The plan with this code ({@code yangjiazhuang}, {@code xuzhong}, {@code beixin} or {@code template}). */
    public static PilotPlan of(String code) {
        return ENTRIES.stream()
                .filter(entry -> entry.code().equals(code))
                .findFirst()
                .map(Entry::load)
                .orElseThrow(() -> new IllegalArgumentException("没有编码为 " + code + " 的试点方案"));
    }

    private record Entry(String code, String name, List<String> fileNames) {

        PilotPlan load() {
            return new PilotPlan(code, name, fileNames.stream().map(this::read).toList());
        }

        private PlanFile read(String fileName) {
            String resource = "plans/" + code + "/" + fileName;
            try (InputStream in = PilotPlans.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("classpath resource missing: " + resource);
                }
                return new PlanFile(fileName, in.readAllBytes());
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read " + resource, unreadable);
            }
        }
    }
}
