package org.jifen.engine;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.engine.ScoringWords.Sense;
import org.jifen.engine.StandardSentences.Award;
import org.jifen.engine.StandardSentences.Effect;
import org.jspecify.annotations.Nullable;

/**
 * What a spreadsheet action column's gray code row scores, and so what its label must say (ADR 0235): a veto says
 * 一票否决, points say 分, 类别 or the category named, points fixed in the code say them (扣 50 分), in the template's
 * words only, read as words by {@link ScoringWords}.
 *
 * @param vetoes   the code vetoes
 * @param points   the code adds or deducts points
 * @param fixed    the points fixed in the code ({@code -50}), or empty when the cells give them
 * @param effect   what fixed points do (adds, deducts, cannot be told)
 * @param category the category the code names, or empty when the cells give it
 * @param perEvent the points are multiplied by the event's quantity
 * @param bonus    the points are a bonus ({@code awards.bonus})
 */
record ActionLabel(boolean vetoes, boolean points, String fixed, @Nullable Effect effect, String category,
        boolean perEvent, boolean bonus) {

    private static final Pattern CATEGORY = Pattern.compile("awards\\.(?:add|bonus|veto)\\((?:.*,)?\"([^\"$]+)\"\\);");
    private static final Pattern CELLS = Pattern.compile("\\$(?:param|\\d)");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+)(\\*\\$e\\.getQuantity\\(\\))?");

    /** The column's code, spaces left out; null when it neither vetoes nor scores points. */
    static @Nullable ActionLabel of(String code) {
        List<Award> awards = StandardSentences.awards(code);
        boolean vetoes = awards.stream().anyMatch(award -> award.effect() == Effect.VETO);
        List<Award> points = awards.stream().filter(award -> award.effect() != Effect.VETO).toList();
        if (!vetoes && points.isEmpty()) {
            return null;
        }
        String fixed = points.size() == 1 && !CELLS.matcher(points.get(0).points()).find() ? points.get(0).points() : "";
        Matcher category = CATEGORY.matcher(code);
        return new ActionLabel(vetoes, !points.isEmpty(), fixed, fixed.isEmpty() ? null : points.get(0).effect(),
                category.find() ? category.group(1) : "", code.contains("getQuantity()"), code.contains("awards.bonus("));
    }

    /** What the column does, as its refusal says it. */
    String does() {
        return vetoes ? "一票否决" : "加分或扣分";
    }

    /** The template's label for such a column, which {@link #wrongIn} accepts. */
    String heading() {
        String where = category.isEmpty() ? "类别" : category;
        if (vetoes) {
            return "一票否决（" + where + "）";
        }
        Matcher number = NUMBER.matcher(fixed);
        if (!fixed.isEmpty() && number.matches() && effect != Effect.UNCLEAR) {
            return (number.group(2) != null ? "每次" : "") + (effect == Effect.DEDUCTS ? "扣 " : "加 ") + number.group(1)
                    + " 分（" + where + "）";
        }
        if (category.isEmpty()) {
            return bonus ? "附加分（分值, 类别）" : perEvent ? "本村类别（每次分值, 类别）" : "本村类别（分值, 类别）";
        }
        return category + (perEvent && fixed.isEmpty() ? "（每次分值）" : "（分值）");
    }

    /** Why the label does not say what the column scores, in plain Chinese, or null when it does. */
    @Nullable String wrongIn(String label) {
        List<String> others = ScoringWords.notHeadingWords(label, category.isEmpty() ? Set.of() : Set.of(category));
        if (!others.isEmpty()) {
            return "标题里的「" + String.join("」「", others) + "」不是计分的说法（标题只能用模板里的词：一票否决、分值、每次、"
                    + "加分、扣分、附加分、类别和这一列计入的类别名，可以加括号、逗号和数字）";
        }
        Set<Sense> said = ScoringWords.says(label);
        boolean saysPoints = said.contains(Sense.POINTS) || said.contains(Sense.ADDS) || said.contains(Sense.DEDUCTS)
                || label.contains("类别") || !category.isEmpty() && LookAlikes.skeleton(label).contains(LookAlikes.skeleton(category));
        if (vetoes && !said.contains(Sense.VETOES)) {
            return "标题没有写「一票否决」";
        }
        if (!vetoes && said.contains(Sense.VETOES)) {
            return "标题写了「否决」，这一列却不会一票否决";
        }
        if (points && !saysPoints) {
            return "标题没有写「分」「类别」或它计入的类别" + (category.isEmpty() ? "" : "「" + category + "」");
        }
        // attack tryout 18, F8: what the label says of quantity and of the 100 must be what the code does
        if (perEvent && label.contains("不乘")) {
            return "标题写了「不乘数量」，这一列的分却要乘以事件的数量";
        }
        if (!perEvent && points && label.replace("不乘", "").matches(".*(乘以?数量|×数量|\\*数量).*")) {
            return "标题写了乘以数量，这一列的分却不乘数量（每次就是这一格的分）";
        }
        if (points && bonus && label.contains("基础分")) {
            return "标题写了「基础分」，这一列的分却是附加分（不计入每月 100 分）";
        }
        if (points && !bonus && (label.contains("附加分") || label.contains("不占"))) {
            return "标题写的是附加分，这一列的分却计入每月 100 分的基础分";
        }
        if (effect == Effect.DEDUCTS && (!said.contains(Sense.DEDUCTS) || said.contains(Sense.ADDS))) {
            Matcher number = NUMBER.matcher(fixed);
            return "这一列每一项都" + (number.matches() ? "扣 " + number.group(1) + " 分" : "是扣分") + "（灰色代码行写定的），"
                    + "标题却没有写明扣分";
        }
        if (effect == Effect.ADDS && said.contains(Sense.DEDUCTS)) {
            return "标题写的是扣分，这一列却是加分";
        }
        return null;
    }
}
