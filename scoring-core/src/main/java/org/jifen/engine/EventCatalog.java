package org.jifen.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.sheet.Csv;

/**
 * A village's list of event types ({@code catalog.csv}): what staff may record, with a label, a category and the
 * attributes to fill in. Where a plan has one, an event of an unlisted type is refused instead of silently scoring
 * nothing. Columns: 事件类型 (type), 类别 (category), 名称 (label), 属性 (attributes, separated by 、 or ;).
 */
public record EventCatalog(Map<String, EventType> types) {

    public static final String FILE_NAME = "catalog.csv";

    /**
     * The most event types a catalog may list: a village records a few dozen kinds of deed; nine thousand kept the
     * check busy past its time (attack tryout 13, A5), and the checks that name a type's line read the catalog again.
     */
    static final int MAX_TYPES = 500;

    /** One event type staff can record. */
    public record EventType(String type, String category, String label, List<String> attributes) {
    }

    public boolean lists(String type) {
        return types.containsKey(type);
    }

    static boolean isCatalog(String name) {
        return name.equalsIgnoreCase(FILE_NAME);
    }

    /**
     * Reads the catalog; every bad line is reported with its number. A line with an ASCII comma is split at ASCII
     * commas only, so that a Chinese comma inside a name stays in it (and is pointed out); a line without one is
     * split at Chinese commas, as clerks typing in Chinese write it.
     */
    static EventCatalog read(PlanFile file, List<PlanProblem> problems, List<PlanProblem> warnings) {
        Map<String, EventType> types = new LinkedHashMap<>();
        Map<String, Integer> ownCategories = new LinkedHashMap<>();
        Map<String, String> typeKeys = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] text = file.text().split("\r?\n", -1);
        int overAt = overTheBound(text);
        if (overAt > 0) {
            problems.add(new PlanProblem(file.name(), overAt, "事件类型清单最多列 " + MAX_TYPES + " 种事件类型，从这一行起超出了："
                    + "请只列本村真正要登记的事"));
            return new EventCatalog(Map.of());
        }
        for (int i = 0; i < text.length; i++) {
            String line = text[i].strip();
            if (line.isEmpty() || i == 0 && (line.startsWith("事件类型") || line.toLowerCase().startsWith("type"))) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() > 4) {
                problems.add(new PlanProblem(file.name(), i + 1, "这一行分成了 " + cells.size() + " 格，最多 4 格（事件类型、"
                        + "类别、名称、属性）：名称里如果有逗号，请改用顿号「、」，或者给这一格加上英文双引号"));
                continue;
            }
            if (cells.size() < 2 || cells.get(0).isBlank() || cells.get(1).isBlank()) {
                problems.add(new PlanProblem(file.name(), i + 1, "每行至少要有事件类型和类别，例如：参加村民大会,村民议事,参加村民大会,会议名称"));
                continue;
            }
            String type = cells.get(0);
            if (type.length() > 60 || cells.get(1).length() > 60) {
                problems.add(new PlanProblem(file.name(), i + 1, "事件类型和类别都不能超过 60 个字符"));
                continue;
            }
            for (int c = 0; c < Math.min(cells.size(), 3); c++) {
                // a quoted cell keeps its comma as written (rules-guide 2.4, tryout clerk 6, 2): nothing to warn of
                if ((cells.get(c).contains("，") || cells.get(c).contains(","))
                        && !line.contains("\"" + cells.get(c) + "\"")) {
                    warnings.add(new PlanProblem(file.name(), i + 1, "「" + cells.get(c) + "」里有逗号，它被当作一个名称"
                            + "读了进来：如果这里本来是两格，请统一用英文逗号「,」分隔各格"));
                }
            }
            String twinType = twinType(type, i + 1, typeKeys, types.containsKey(type));
            if (twinType != null) {
                problems.add(new PlanProblem(file.name(), i + 1, twinType));
                continue;
            }
            String lookAlike = lookAlikeCategory(cells.get(1));
            if (lookAlike != null) {
                problems.add(new PlanProblem(file.name(), i + 1, lookAlike));
                continue;
            }
            String scoringWord = SCORING_CATEGORY.stream().filter(cells.get(1)::contains).findFirst().orElse(null);
            if (scoringWord != null) {
                // attack tryout 16, K1: a category 「一票否决」 on a +5 read 「好人好事 一票否决 +5」 on the villager page
                problems.add(new PlanProblem(file.name(), i + 1, "类别「" + cells.get(1).strip() + "」里有「" + scoringWord
                        + "」：类别是这件事算哪一方面（如 村民议事、人居环境），加分、扣分、一票否决由方案的规则决定，写在类别里"
                        + "会让公示上的分看起来是另一回事。请换一个说方面的类别名"));
                continue;
            }
            String twin = twinCategory(cells.get(1).strip(), i + 1, ownCategories);
            if (twin != null) {
                problems.add(new PlanProblem(file.name(), i + 1, twin));
                continue;
            }
            String label = cells.size() > 2 && !cells.get(2).isBlank() ? cells.get(2) : type;
            List<String> attributes = cells.size() > 3 && !cells.get(3).isBlank()
                    ? List.of(cells.get(3).split("[、;；]\\s*")) : List.of();
            if (types.putIfAbsent(type, new EventType(type, cells.get(1), label, attributes)) != null) {
                problems.add(new PlanProblem(file.name(), i + 1, "事件类型「" + type + "」重复"));
            }
            lines.put(type, i + 1);
        }
        labelsNamingAnotherType(file.name(), types, lines, problems);
        labelsUnlikeTheirType(file.name(), types, lines, problems);
        if (types.isEmpty() && problems.isEmpty()) {
            problems.add(new PlanProblem(file.name(), 0, "事件类型清单是空的"));
        }
        return new EventCatalog(Map.copyOf(types));
    }

    /**
     * A type whose 名称 names another listed type and not its own (attack tryout 16, K1): the staff's button 「好人好事（表彰）」
     * recorded 违法搭建 and vetoed the household's month. A 名称 in other words (志愿服务（义务劳动） for 参加志愿服务) stays.
     */
    private static void labelsNamingAnotherType(String file, Map<String, EventType> types, Map<String, Integer> lines,
            List<PlanProblem> problems) {
        for (EventType type : types.values()) {
            RuleNames.namesAnotherType(type.label(), type.type(), types.keySet()).ifPresent(other -> problems.add(
                    new PlanProblem(file, lines.getOrDefault(type.type(), 0), "事件类型「" + type.type() + "」的名称写成了「"
                            + type.label() + "」，这是另一种事件类型「" + other + "」的名字：记分员点「" + type.label()
                            + "」，记下的却是「" + type.type() + "」。请把名称改成说「" + type.type() + "」这件事的话")));
        }
    }


    /**
     * A 名称 that says nothing of its own type, or one that another type has too (attack tryout 18, F2): the staff's
     * button 「参加志愿服务」 recorded 违法搭建, and two buttons 「开会」 recorded 参加村民大会 and 违法搭建. A 名称 must
     * share at least two characters in a row with its type (志愿服务（义务劳动） with 参加志愿服务) and be the only one.
     */
    private static void labelsUnlikeTheirType(String file, Map<String, EventType> types, Map<String, Integer> lines,
            List<PlanProblem> problems) {
        Map<String, String> byLabel = new java.util.HashMap<>();
        for (EventType type : types.values()) {
            String label = RuleNames.compact(type.label());
            int line = lines.getOrDefault(type.type(), 0);
            String twin = byLabel.putIfAbsent(label, type.type());
            if (twin != null) {
                problems.add(new PlanProblem(file, line, "事件类型「" + type.type() + "」和「" + twin + "」的名称都是「"
                        + type.label() + "」：记分员会看到两个一样的按钮，点哪个记下的事不一样。请给每种事件一个不同的名称"));
            } else if (!label.equals(RuleNames.compact(type.type())) && RuleNames.longestCommon(label, RuleNames.compact(type.type())) < 2
                    && problems.stream().noneMatch(said -> said.line() == line && said.file().equals(file))) {
                problems.add(new PlanProblem(file, line, "事件类型「" + type.type() + "」的名称写成了「" + type.label()
                        + "」，和「" + type.type() + "」没有一处相同的说法：记分员点「" + type.label() + "」，记下的却是「"
                        + type.type() + "」。名称要说清是哪件事，例如「" + type.type() + "」或「" + type.type() + "（…）」"));
            }
        }
    }

    /** The length of the longest run of characters the two have in common. */
    /** A name as villagers see it with its spaces left out: 「参加 村民大会」 is 「参加村民大会」. */
    /** Words that say how a deed scores, not which side of village life it belongs to. */
    private static final List<String> SCORING_CATEGORY = List.of("否决", "扣分", "加分", "罚");

    /** The line past {@link #MAX_TYPES} listed types (blank lines not counted, one more allowed for a heading), or 0. */
    private static int overTheBound(String[] lines) {
        int listed = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && ++listed > MAX_TYPES + 1) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Why a village's own category cannot stand (ADR 0121), or null: a village may add categories beside the
     * township's four, but not one that villagers would take for one of them (「文明新凤」, 「人居 环境」, 「平安建设　」)
     * nor one with characters that only look like Chinese or Latin letters.
     */
    static @org.jspecify.annotations.Nullable String lookAlikeCategory(String category) {
        String written = category.strip();
        if (PlanCompiler.CATEGORIES.contains(written)) {
            return null;
        }
        int radical = RuleNames.firstRadical(written);
        if (radical >= 0) {
            return "类别「" + written + "」" + RuleNames.radicalAt(radical, written.codePointAt(
                    written.offsetByCodePoints(0, radical)));
        }
        if (written.codePoints().anyMatch(c -> RuleNames.invisible(c) || RuleNames.lookAlike(c))) {
            return "类别「" + written + "」里有看不见的字符或外文字母（看起来像汉字、英文字母却不是），公示时会和别的类别"
                    + "看起来一样：请只用汉字、英文字母和数字重新输入这个类别";
        }
        String seen = RuleNames.compact(written);
        for (String standard : PlanCompiler.CATEGORIES) {
            if (seen.equals(standard) || PlanFindings.distance(seen, standard) <= 1) {
                return "类别「" + written + "」和本镇的「" + standard + "」" + apart(written, standard) + "，村民会以为是同一类："
                        + "如果是「" + standard + "」，请一字不差地写「" + standard + "」；如果是本村新加的类别，"
                        + "请换一个看得出区别的名称";
            }
        }
        return null;
    }

    /**
     * Why an event type cannot stand (ADR 0178), or null: one with characters nobody sees, or one that is another line's
     * type once spaces and full-width forms are set aside (「参加村民大会」 and 「参加 村民大会」 or 「参加村民大会　」): staff
     * would pick one, the rules would score the other, and the mistake would only show in a household's complaint.
     * An exact repeat is said as such by the caller.
     */
    private static @org.jspecify.annotations.Nullable String twinType(String type, int line, Map<String, String> seen,
            boolean exactRepeat) {
        if (type.codePoints().anyMatch(RuleNames::invisible)) {
            return "事件类型「" + type + "」里有看不见的字符（常见于从网页或微信里复制的文字），登记时会和看起来一样的类型"
                    + "分不清：请删掉这一格，重新输入这个事件类型";
        }
        int radical = RuleNames.firstRadical(type);
        if (radical >= 0) {
            return "事件类型「" + type + "」" + RuleNames.radicalAt(radical, type.codePointAt(
                    type.offsetByCodePoints(0, radical)));
        }
        String key = RuleNames.compact(type);
        String other = seen.putIfAbsent(key, "第 " + line + " 行的「" + type + "」");
        if (other == null || exactRepeat) {
            return null;
        }
        return "事件类型「" + type + "」和" + other + "只差空格或全角、半角字符，登记时分不清是哪一个，"
                + "规则也只认其中一个：如果是同一类事件，请删掉这一行；如果是两类，请换一个看得出区别的名称";
    }

    /**
     * Why a village category cannot stand beside another of the village's own (ADR 0171), or null: 「移風易俗」 and
     * 「移风易俗」 would be two lines on the notice that villagers take for one. Compared as against the four: the same
     * once spaces and full-width forms are set aside, or one character apart (for names of three characters or more).
     */
    private static @org.jspecify.annotations.Nullable String twinCategory(String category, int line,
            Map<String, Integer> seen) {
        if (PlanCompiler.CATEGORIES.contains(category)) {
            return null;
        }
        String key = RuleNames.compact(category);
        for (Map.Entry<String, Integer> other : seen.entrySet()) {
            String otherKey = RuleNames.compact(other.getKey());
            if (!other.getKey().equals(category) && (key.equals(otherKey) || Math.min(key.length(), otherKey.length())
                    >= 3 && PlanFindings.distance(key, otherKey) <= 1)) {
                return "类别「" + category + "」和第 " + other.getValue() + " 行的类别「" + other.getKey() + "」" + apart(category,
                        other.getKey()) + "，"
                        + "公示时村民会以为是同一类：如果是同一类，请一字不差地写「" + other.getKey() + "」；"
                        + "如果是两类，请换一个看得出区别的名称";
            }
        }
        seen.putIfAbsent(category, line);
        return null;
    }

    /** How two categories a villager would take for one differ: by which variant characters (ADR 0203), or a little. */
    private static String apart(String category, String other) {
        boolean variants = !RuleNames.compact(category).equals(RuleNames.compact(other))
                && LookAlikes.imitates(category, other);
        return variants ? LookAlikes.howTheyDiffer(category, other) : "只差一点";
    }

    /** The number of the catalog's first line whose cell in {@code column} (from 0) is {@code text}, or 0. */
    static int lineOf(PlanFile catalog, int column, String text) {
        String[] lines = catalog.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<String> cells = cells(lines[i]);
            if (cells.size() > column && cells.get(column).strip().equals(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * A catalog line's cells: split at ASCII commas where the line has one outside quotes, else at Chinese commas, as
     * clerks typing in Chinese write it; a cell in double quotes may hold either ("" is a quote).
     */
    static List<String> cells(String line) {
        boolean ascii = line.replaceAll("\"[^\"]*\"", "").contains(",");
        return Csv.cells(line, ascii ? ',' : '，');
    }
}
