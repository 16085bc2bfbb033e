package org.jifen.engine;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;
import org.jifen.engine.ScoringWords.Sense;
import org.jspecify.annotations.Nullable;

/**
 * Names that say another effect than their rules have (attack tryout 16, R1; attack tryout 17, K1b; ADR 0256): a rule
 * named 「好人好事加分」 that deducts 50 reads 「好人好事加分 -50」 on the notice board; a catalog 名称 「违法搭建加分」 on a
 * type whose rule vetoes has staff press 加分 to veto a household's month. The words are read as {@link ScoringWords}
 * reads a sentence; only a name that says one effect (adds, deducts or vetoes) that none of its rules has is refused.
 * A name saying several (「扣分后整改加分」) or none is left alone, and so are points that are not a written number.
 */
final class NamesAgainstEffects {

    /** An award's points: a written number, alone or times the event's quantity. */
    private static final Pattern POINTS = Pattern.compile(
            "awards\\.(?:add|bonus)\\(\\s*([+-]?\\d{1,9})\\s*(?:,|\\*\\s*\\$\\w+\\.getQuantity\\(\\)\\s*,)");
    private static final Pattern AWARD = Pattern.compile("awards\\.(add|bonus|veto)\\(");

    private final List<PlanProblem> refusals;
    /** Per event type, what the rules scoring it do; a type with a rule whose points are not written is left out. */
    private final Map<String, Set<Sense>> ofType = new LinkedHashMap<>();
    private final Set<String> unknown = new HashSet<>();

    NamesAgainstEffects(List<PlanProblem> refusals) {
        this.refusals = refusals;
    }

    /** One rule: its name against what it does, and what it does kept for the event type it scores (or null). */
    void rule(RuleDescr descr, RuleInfo rule, RuleSource source, @Nullable String type) {
        Set<Sense> done = effects(String.valueOf(descr.getConsequence()));
        if (type != null) {
            if (done == null) {
                unknown.add(type);
            } else {
                ofType.computeIfAbsent(type, t -> EnumSet.noneOf(Sense.class)).addAll(done);
            }
        }
        Sense said = done == null ? null : against(rule.name(), done);
        if (said != null) {
            refusals.add(new PlanProblem(rule.file(), rule.line(), source.cellOf(rule.line(), rule.name()), "规则「"
                    + rule.name() + "」的名称说的是" + word(said) + "，这条规则却" + did(done) + "：公示上名称和分数放在一起，"
                    + "村民会看不懂是加分还是扣分。请把名称改成和分值一致的话，或者改正分值"));
        }
    }

    /** The catalog's 名称 (the button staff press, the type itself when none) against what the type's rules do. */
    void catalog(EventCatalog catalog, PlanFile file) {
        for (EventCatalog.EventType type : catalog.types().values()) {
            Set<Sense> done = ofType.get(type.type());
            Sense said = done == null || unknown.contains(type.type()) ? null : against(type.label(), done);
            if (said != null) {
                String named = type.label().equals(type.type()) ? "事件类型「" + type.type() + "」"
                        : "事件类型「" + type.type() + "」的名称「" + type.label() + "」";
                refusals.add(new PlanProblem(file.name(), EventCatalog.lineOf(file, 0, type.type()), null, named
                        + "说的是" + word(said) + "，可方案里计这件事的规则" + did(done) + "：记分员和村民看名称会以为这件事"
                        + word(said) + "。加分、扣分、一票否决由规则决定，请把名称改成只说这件事本身的话"
                        + (saysNoEffect(type.type()) ? "（例如「" + type.type() + "」）" : "")));
            }
        }
    }

    /** What a consequence does, or null when some award's points are not a written number. */
    static @Nullable Set<Sense> effects(String consequence) {
        Set<Sense> done = EnumSet.noneOf(Sense.class);
        Matcher award = AWARD.matcher(consequence);
        Matcher points = POINTS.matcher(consequence);
        while (award.find()) {
            if (award.group(1).equals("veto")) {
                done.add(Sense.VETOES);
                continue;
            }
            if (!points.find(award.start()) || points.start() != award.start()) {
                return null;
            }
            long value = Long.parseLong(points.group(1));
            if (value != 0) {
                done.add(value > 0 ? Sense.ADDS : Sense.DEDUCTS);
            }
        }
        return done;
    }

    /** The one effect the words say when the rules do none of it; null when they agree or the words say none or several. */
    private static @Nullable Sense against(String words, Set<Sense> done) {
        Set<Sense> said = EnumSet.copyOf(ScoringWords.says(words));
        said.retainAll(EnumSet.of(Sense.ADDS, Sense.DEDUCTS, Sense.VETOES));
        if (said.size() != 1 || done.isEmpty()) {
            return null;
        }
        Sense one = said.iterator().next();
        return done.contains(one) ? null : one;
    }

    private static boolean saysNoEffect(String words) {
        Set<Sense> said = ScoringWords.says(words);
        return !said.contains(Sense.ADDS) && !said.contains(Sense.DEDUCTS) && !said.contains(Sense.VETOES);
    }

    private static String word(Sense sense) {
        return switch (sense) {
            case ADDS -> "加分";
            case DEDUCTS -> "扣分";
            default -> "一票否决";
        };
    }

    private static String did(Set<Sense> done) {
        StringBuilder words = new StringBuilder();
        for (Sense sense : done) {
            words.append(words.isEmpty() ? "是" : "、").append(word(sense));
        }
        return words.toString();
    }
}
