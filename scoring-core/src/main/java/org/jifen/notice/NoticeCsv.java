package org.jifen.notice;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The notice as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK and garbles it),
 * CRLF line ends, a Chinese header, and text cells that cannot start a formula.
 */
public final class NoticeCsv {

    private static final String BOM = "\uFEFF";

    private NoticeCsv() {
    }

    public static String render(PublicNotice notice) {
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(List.of("村民小组", "名次", "户号", "户主"));
        notice.months().forEach(month -> header.add(YearMonth.parse(month).getMonthValue() + "月"));
        header.add("季度合计");
        line(csv, header);
        for (PublicNotice.GroupRanking group : notice.groups()) {
            for (PublicNotice.Row row : group.households()) {
                List<String> cells = new ArrayList<>(List.of(text(group.group()), String.valueOf(row.rank()),
                        text(row.householdNo()), text(row.headName())));
                notice.months().forEach(month -> cells.add(number(row.months().get(month))));
                cells.add(String.valueOf(row.total()));
                line(csv, cells);
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(NoticeCsv::quoted).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String number(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }

    /** A text cell Excel would take for a formula (=, +, -, @, tab, CR) is shown as text (OWASP "CSV injection"). */
    private static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
