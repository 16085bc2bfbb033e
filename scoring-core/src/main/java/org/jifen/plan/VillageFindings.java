package org.jifen.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanProblem;
import org.jifen.household.Households;
import org.jifen.village.Village;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * What only the village knows about an upload (ADR 0090), as warnings: household tags that no registered household
 * has (「非贫困户」 where the households are tagged 贫困户), and an upload that leaves out files or rules of the
 * version in force (or scheduled, or else the last uploaded), since an upload is the whole plan and a partial one
 * silently drops the rest.
 */
@Component
class VillageFindings {

    private static final int NAMES_SHOWN = 5;

    private final Households households;

    VillageFindings(Households households) {
        this.households = households;
    }

    /** The version an upload is compared with, and how a clerk is told which it is (「现在启用的第 1 版」). */
    record Compared(RuleSet version, String said) {
    }

    List<PlanProblem> of(Village village, CompiledPlan plan, List<PlanFile> files, @Nullable Compared previous) {
        List<PlanProblem> warnings = new ArrayList<>();
        tagsNobodyHas(village, plan, warnings);
        if (previous != null) {
            leftOut(plan, files, previous, warnings);
        }
        return warnings;
    }

    private void tagsNobodyHas(Village village, CompiledPlan plan, List<PlanProblem> warnings) {
        if (plan.tags().isEmpty() || households.countByVillageId(village.id()) == 0) {
            return;
        }
        Set<String> known = new HashSet<>(households.tagsInVillage(village.id()));
        Set<String> said = new HashSet<>();
        for (var use : plan.tags()) {
            if (!known.contains(use.tag()) && said.add(use.rule() + "\u0000" + use.tag())) {
                warnings.add(new PlanProblem(use.file(), use.line(), use.cell(), "规则「" + use.rule() + "」"
                        + (use.absent() ? "不计带标签「" + use.tag() + "」的户，可本村登记的家庭户没有一户带这个标签，"
                                + "这条规则眼下对每一户都计分"
                                : "要求户标签「" + use.tag() + "」，可本村登记的家庭户没有一户带这个标签，这条规则眼下不会给任何一户计分")
                        + (known.isEmpty() ? "" : "（本村现有的标签：" + String.join("、", known.stream().sorted().toList())
                                + "）") + "：请检查标签是否写错" + negatedAs(use.tag(), known)));
            }
        }
    }

    /**
     * For 「非党员」 where households are tagged 党员户: the tag that exists to write in 不含标签 (outside tryout, clerk 2,
     * followed the compiler's advice to write 「党员」 there and was warned again).
     */
    private static String negatedAs(String tag, Set<String> known) {
        java.util.regex.Matcher negated = java.util.regex.Pattern.compile("^(?:非|不是|无|没有|未)(.+)$").matcher(tag);
        if (!negated.matches() || known.contains(negated.group(1))) {
            return "";
        }
        List<String> like = known.stream().filter(other -> other.contains(negated.group(1))).sorted().toList();
        return like.isEmpty() ? "" : "。如果想说不是「" + like.get(0) + "」的户，请把「" + like.get(0) + "」写在「不含标签」列";
    }

    private static void leftOut(CompiledPlan plan, List<PlanFile> files, Compared compared,
            List<PlanProblem> warnings) {
        RuleSet previous = compared.version();
        Set<String> uploaded = new HashSet<>();
        files.forEach(file -> uploaded.add(file.name()));
        Set<String> missingFiles = new LinkedHashSet<>();
        previous.getFiles().stream().map(RuleSetFile::getName).filter(name -> !uploaded.contains(name))
                .forEach(missingFiles::add);
        List<String> droppedRules = previous.getRules().stream().map(RuleSetRule::getName)
                .filter(name -> !plan.rules().containsKey(name)).toList();
        if (missingFiles.isEmpty() && droppedRules.isEmpty()) {
            return;
        }
        String first = files.isEmpty() ? "" : files.get(0).name();
        warnings.add(new PlanProblem(first, 0, null, "这一版是整个新方案，启用后会替换" + compared.said() + "的全部内容："
                + (missingFiles.isEmpty() ? "" : "第 " + previous.getVersion() + " 版的 " + missingFiles.size() + " 个文件（"
                        + String.join("、", shown(List.copyOf(missingFiles))) + "）这次没有上传；")
                + (droppedRules.isEmpty() ? "" : "比它少了 " + droppedRules.size() + " 条规则（"
                        + String.join("、", shown(droppedRules)) + "）；")
                + "如果只想修改其中一部分，请把所有文件一起上传"));
    }

    private static List<String> shown(List<String> names) {
        List<String> quoted = names.stream().limit(NAMES_SHOWN).map(name -> "「" + name + "」").toList();
        return names.size() > NAMES_SHOWN ? concat(quoted, "等") : quoted;
    }

    private static List<String> concat(List<String> names, String more) {
        List<String> all = new ArrayList<>(names);
        all.set(all.size() - 1, all.get(all.size() - 1) + more);
        return all;
    }
}
