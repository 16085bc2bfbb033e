package org.jifen.notice;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jifen.sheet.Csv;
import org.jspecify.annotations.Nullable;

/**
 * The notice as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK and garbles it),
 * CRLF line ends, a Chinese header, and text cells that cannot start a formula.
 */
public final class NoticeCsv {

    private NoticeCsv() {
    }

    public static String render(PublicNotice notice) {
        Csv csv = new Csv();
        List<String> header = new ArrayList<>(List.of("村民小组", "名次", "户号", "户主"));
        notice.months().forEach(month -> header.add(month.getMonthValue() + "月"));
        header.add("季度合计");
        csv.line(header);
        for (PublicNotice.GroupRanking group : notice.groups()) {
            for (PublicNotice.Row row : group.households()) {
                List<String> cells = new ArrayList<>(List.of(Csv.text(group.group()), String.valueOf(row.rank()),
                        Csv.text(row.householdNo()), Csv.text(row.headName())));
                notice.months().forEach(month -> cells.add(number(row.months().get(month))));
                cells.add(String.valueOf(row.total()));
                csv.line(cells);
            }
        }
        return csv.toString();
    }

    private static String number(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }
}
