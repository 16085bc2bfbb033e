package org.jifen.stars;

import static org.jifen.printable.PrintablePage.escape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jifen.printable.PrintablePage;

/** The red list or the households needing help, as a page for the notice board. */
public final class NoticeBoardHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private NoticeBoardHtml() {
    }

    public static String render(NoticeBoardList list, ZoneId zone) {
        boolean red = list.kind() == NoticeBoardList.Kind.RED_LIST;
        StringBuilder html = PrintablePage.start(list.title());
        html.append("<h1>").append(escape(list.title())).append("</h1>\n<p class=\"intro\">")
                .append(red ? "按本村星级户评定标准，以下家庭户" + escape(list.label()) + "积分优秀、无一票否决，特予表扬。"
                        : "以下家庭户" + escape(list.label()) + "有一票否决或积分靠后，村两委和积分管理自治小组将上门了解情况、"
                                + "帮助改进。")
                .append("</p>\n<table>\n<thead><tr><th class=\"n\">全村名次</th><th>户号</th><th>户主</th><th>村民小组</th>")
                .append("<th class=\"n\">积分</th><th>星级</th><th>说明</th></tr></thead>\n<tbody>\n");
        if (list.households().isEmpty()) {
            html.append("<tr><td colspan=\"7\">本期暂无</td></tr>\n");
        }
        for (NoticeBoardList.Row row : list.households()) {
            html.append("<tr><td class=\"n\">").append(row.rankInVillage()).append("</td><td>")
                    .append(escape(row.householdNo())).append("</td><td>").append(escape(row.headName()))
                    .append("</td><td>").append(escape(row.group())).append("</td><td class=\"n\">").append(row.points())
                    .append("</td><td class=\"stars\">").append("★".repeat(row.stars())).append("</td><td>")
                    .append(escape(row.reason())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<footer>").append(escape(list.villageName())).append(" 积分管理自治小组　")
                .append(DAY.format(list.drawnUpAt().atZone(zone))).append("</footer>\n");
        return PrintablePage.end(html);
    }
}
