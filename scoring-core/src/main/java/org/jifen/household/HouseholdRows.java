package org.jifen.household;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jifen.sheet.RowProblem;
import org.jifen.sheet.Sheets;
import org.jifen.sheet.Table;
import org.jifen.village.Village;
import org.jspecify.annotations.Nullable;

/**
 * Reads a village's household register as clerks keep it: a header row in Chinese (户号, 户主姓名, 村民小组, 自然村,
 * 本地户籍, 宅基地, 常住人口, 家庭人口, 标签, in any order, other columns ignored), then one household per row. Every
 * bad cell is reported with its row and column, so that one pass over the file names everything to fix.
 */
public final class HouseholdRows {

    /** A household read from the row the clerk sees as {@code line}. */
    public record Entry(int line, HouseholdFacts facts) {
    }

    /** The households read, or the problems found; never both partly. */
    public record Parsed(List<Entry> households, List<RowProblem> problems) {
    }

    /** The village's groups and central villages, asked as {@link Village} asks them (ADR 0008). */
    public record Places(Predicate<String> hasGroup, Predicate<@Nullable String> hasCentralVillage,
            List<String> groups, List<String> centralVillages) {

        public static Places of(Village village) {
            return new Places(village::hasGroup, village::hasCentralVillage, village.getGroups(),
                    village.getCentralVillages());
        }
    }

    /** Header names clerks use besides the registry's own (HouseholdField.label()). */
    private static final Map<String, HouseholdField> OTHER_NAMES = Map.ofEntries(
            Map.entry("户主", HouseholdField.HEAD_NAME), Map.entry("小组", HouseholdField.GROUP),
            Map.entry("组别", HouseholdField.GROUP), Map.entry("中心村", HouseholdField.CENTRAL_VILLAGE),
            Map.entry("自然村/中心村", HouseholdField.CENTRAL_VILLAGE), Map.entry("户籍", HouseholdField.LOCAL_HUKOU),
            Map.entry("家庭人数", HouseholdField.MEMBERS), Map.entry("常住人数", HouseholdField.PERMANENT_RESIDENTS),
            Map.entry("户标签", HouseholdField.TAGS),
            // The registration form's own words for the column (tryout M7).
            Map.entry("有宅基地房屋", HouseholdField.HOMESTEAD), Map.entry("宅基地房屋", HouseholdField.HOMESTEAD));

    private static final Set<HouseholdField> REQUIRED = Set.of(HouseholdField.HOUSEHOLD_NO, HouseholdField.HEAD_NAME,
            HouseholdField.GROUP, HouseholdField.LOCAL_HUKOU, HouseholdField.HOMESTEAD,
            HouseholdField.PERMANENT_RESIDENTS);

    /** A title or a note may stand above the header; it is looked for this far down. */
    private static final int HEADER_SEARCH = 10;
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[、,，;；]");
    private static final Pattern PEOPLE = Pattern.compile("\\d{1,2}");

    private HouseholdRows() {
    }

    public static Parsed parse(Table table, Places places) {
        List<RowProblem> problems = new ArrayList<>();
        int headerAt = headerRow(table);
        if (headerAt < 0) {
            problems.add(new RowProblem(table.file(), table.rows().isEmpty() ? 0 : table.rows().get(0).line(),
                    "找不到表头：表头行要有「户号」「户主姓名」「村民小组」「本地户籍」「宅基地」「常住人口」等列，请使用家庭户登记模板"));
            return new Parsed(List.of(), problems);
        }
        Table.Row header = table.rows().get(headerAt);
        Map<HouseholdField, Integer> columns = columns(table.file(), header, problems);
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        List<Entry> households = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (Table.Row row : table.rows().subList(headerAt + 1, table.rows().size())) {
            Cells cells = new Cells(table.file(), row, columns, problems);
            HouseholdFacts facts = cells.facts(places);
            if (facts == null) {
                continue;
            }
            Integer first = firstLineOf.putIfAbsent(facts.householdNo(), row.line());
            if (first != null) {
                cells.problem(HouseholdField.HOUSEHOLD_NO, "“" + facts.householdNo() + "”与第" + first + "行重复");
            } else {
                households.add(new Entry(row.line(), facts));
            }
        }
        if (households.isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(table.file(), header.line(), "表头下面没有家庭户"));
        }
        return problems.isEmpty() ? new Parsed(households, List.of()) : new Parsed(List.of(), problems);
    }

    private static int headerRow(Table table) {
        for (int r = 0; r < Math.min(HEADER_SEARCH, table.rows().size()); r++) {
            if (table.rows().get(r).cells().stream().anyMatch(cell -> field(cell) == HouseholdField.HOUSEHOLD_NO)) {
                return r;
            }
        }
        return -1;
    }

    private static Map<HouseholdField, Integer> columns(String file, Table.Row header, List<RowProblem> problems) {
        Map<HouseholdField, Integer> columns = new EnumMap<>(HouseholdField.class);
        for (int column = 0; column < header.cells().size(); column++) {
            HouseholdField field = field(header.cell(column));
            if (field != null) {
                Integer before = columns.putIfAbsent(field, column);
                if (before != null) {
                    problems.add(new RowProblem(file, header.line(), "第" + header.line() + "行 表头「" + field.label()
                            + "」出现了两次（" + Sheets.column(before) + "列和" + Sheets.column(column) + "列）"));
                }
            }
        }
        Set<String> missing = new LinkedHashSet<>();
        for (HouseholdField field : HouseholdField.values()) {
            if (REQUIRED.contains(field) && !columns.containsKey(field)) {
                missing.add("「" + field.label() + "」");
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new RowProblem(file, header.line(), "第" + header.line() + "行 表头缺少"
                    + String.join("", missing) + "列"));
        }
        return columns;
    }

    /** The field a header names: 「本地户籍（是/否）」 and 「户号*」 are 本地户籍 and 户号. */
    private static @Nullable HouseholdField field(String header) {
        String name = header.replaceAll("[（(].*?[)）]", "").replaceAll("[\\s*＊]", "");
        for (HouseholdField field : HouseholdField.values()) {
            if (field.label().equals(name)) {
                return field;
            }
        }
        return OTHER_NAMES.get(name);
    }

    /** One row's cells by field, collecting a problem for every cell that is not right. */
    private static final class Cells {

        private final String file;
        private final Table.Row row;
        private final Map<HouseholdField, Integer> columns;
        private final List<RowProblem> problems;
        private boolean bad;

        Cells(String file, Table.Row row, Map<HouseholdField, Integer> columns, List<RowProblem> problems) {
            this.file = file;
            this.row = row;
            this.columns = columns;
            this.problems = problems;
        }

        @Nullable HouseholdFacts facts(Places places) {
            String no = text(HouseholdField.HOUSEHOLD_NO, HouseholdLimits.HOUSEHOLD_NO, true);
            String head = text(HouseholdField.HEAD_NAME, HouseholdLimits.HEAD_NAME, true);
            String group = text(HouseholdField.GROUP, HouseholdLimits.GROUP, true);
            if (!group.isEmpty() && group.length() <= HouseholdLimits.GROUP && !places.hasGroup().test(group)) {
                problem(HouseholdField.GROUP, quoted(group) + "不是本村的村民小组（本村："
                        + String.join("、", places.groups()) + "）");
            }
            String central = text(HouseholdField.CENTRAL_VILLAGE, HouseholdLimits.CENTRAL_VILLAGE, false);
            if (!central.isEmpty() && central.length() <= HouseholdLimits.CENTRAL_VILLAGE
                    && !places.hasCentralVillage().test(central)) {
                problem(HouseholdField.CENTRAL_VILLAGE, quoted(central) + "不是本村的自然村（本村："
                        + String.join("、", places.centralVillages()) + "）");
            }
            Boolean hukou = yesNo(HouseholdField.LOCAL_HUKOU, "“是”或“否”");
            Boolean homestead = yesNo(HouseholdField.HOMESTEAD, "“有”或“无”（也可填“是”“否”）");
            Integer residents = people(HouseholdField.PERMANENT_RESIDENTS, true);
            Integer members = people(HouseholdField.MEMBERS, false);
            List<String> tags = tags();
            if (bad || hukou == null || homestead == null || residents == null) {
                return null;
            }
            return new HouseholdFacts(no, head, group, central, hukou, homestead, residents,
                    members == null ? residents : members, tags);
        }

        private String raw(HouseholdField field) {
            Integer column = columns.get(field);
            return column == null ? "" : row.cell(column);
        }

        private String text(HouseholdField field, int limit, boolean required) {
            String value = raw(field);
            if (required && value.isEmpty()) {
                problem(field, "不能为空");
            } else if (value.length() > limit) {
                problem(field, quoted(value) + "超过 " + limit + " 个字");
            }
            return value;
        }

        private @Nullable Boolean yesNo(HouseholdField field, String expected) {
            String value = raw(field);
            return switch (value) {
                case "是", "有" -> true;
                case "否", "无" -> false;
                default -> {
                    problem(field, (value.isEmpty() ? "没有填写" : quoted(value)) + "，应填" + expected);
                    yield null;
                }
            };
        }

        private @Nullable Integer people(HouseholdField field, boolean required) {
            String value = raw(field);
            if (value.isEmpty() && !required) {
                return null;
            }
            if (!PEOPLE.matcher(value).matches()) {
                problem(field, (value.isEmpty() ? "没有填写" : quoted(value)) + "，应填 0 到 " + HouseholdLimits.PEOPLE
                        + " 的整数");
                return null;
            }
            return Integer.parseInt(value);
        }

        private List<String> tags() {
            List<String> tags = new ArrayList<>();
            for (String tag : TAG_SEPARATORS.split(raw(HouseholdField.TAGS))) {
                String trimmed = tag.strip();
                if (trimmed.length() > HouseholdLimits.TAG) {
                    problem(HouseholdField.TAGS, quoted(trimmed) + "超过 " + HouseholdLimits.TAG + " 个字");
                } else if (!trimmed.isEmpty() && !tags.contains(trimmed)) {
                    tags.add(trimmed);
                }
            }
            if (tags.size() > HouseholdLimits.TAGS) {
                problem(HouseholdField.TAGS, "有 " + tags.size() + " 个标签，最多 " + HouseholdLimits.TAGS + " 个");
            }
            return tags;
        }

        void problem(HouseholdField field, String what) {
            bad = true;
            Integer column = columns.get(field);
            problems.add(new RowProblem(file, row.line(), "第" + row.line() + "行 "
                    + (column == null ? "" : Sheets.column(column) + "列 ") + field.label() + what));
        }

        private static String quoted(String value) {
            return "“" + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "”";
        }
    }
}
