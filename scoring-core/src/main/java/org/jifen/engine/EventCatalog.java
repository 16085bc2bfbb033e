package org.jifen.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A village's list of event types ({@code catalog.csv}): what staff may record, with a label, a category and the
 * attributes to fill in. Where a plan has one, an event of an unlisted type is refused instead of silently scoring
 * nothing. Columns: 事件类型 (type), 类别 (category), 名称 (label), 属性 (attributes, separated by 、 or ;).
 */
public record EventCatalog(Map<String, EventType> types) {

    public static final String FILE_NAME = "catalog.csv";

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
        String[] lines = file.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || i == 0 && (line.startsWith("事件类型") || line.toLowerCase().startsWith("type"))) {
                continue;
            }
            boolean ascii = line.replaceAll("\"[^\"]*\"", "").contains(",");
            List<String> cells = cells(line, ascii ? ',' : '，');
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
                if (cells.get(c).contains("，") || cells.get(c).contains(",")) {
                    warnings.add(new PlanProblem(file.name(), i + 1, "「" + cells.get(c) + "」里有逗号，它被当作一个名称"
                            + "读了进来：如果这里本来是两格，请统一用英文逗号「,」分隔各格"));
                }
            }
            String label = cells.size() > 2 && !cells.get(2).isBlank() ? cells.get(2) : type;
            List<String> attributes = cells.size() > 3 && !cells.get(3).isBlank()
                    ? List.of(cells.get(3).split("[、;；]\\s*")) : List.of();
            if (types.putIfAbsent(type, new EventType(type, cells.get(1), label, attributes)) != null) {
                problems.add(new PlanProblem(file.name(), i + 1, "事件类型「" + type + "」重复"));
            }
        }
        if (types.isEmpty() && problems.isEmpty()) {
            problems.add(new PlanProblem(file.name(), 0, "事件类型清单是空的"));
        }
        return new EventCatalog(Map.copyOf(types));
    }

    /** Cells separated by an ASCII or a Chinese comma; a cell in double quotes may hold commas ("" is a quote). */
    static List<String> cells(String line) {
        return cells(line, '\0');
    }

    /** Cells separated by {@code separator} (or by either comma when it is NUL). */
    static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if ((separator == '\0' ? c == ',' || c == '，' : c == separator) && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
