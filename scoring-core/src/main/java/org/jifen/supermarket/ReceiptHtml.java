package org.jifen.supermarket;

import static org.jifen.printable.PrintablePage.escape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jifen.printable.PrintablePage;

/** A redemption's receipt (兑换小票), to print at the counter or show on a phone. */
public final class ReceiptHtml {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ReceiptHtml() {
    }

    public static String render(Receipt receipt, ZoneId zone) {
        RedemptionView r = receipt.redemption();
        StringBuilder html = PrintablePage.start(receipt.villageName() + " 积分超市兑换小票 " + r.redemptionId());
        html.append("<div class=\"receipt\">\n<h1>").append(escape(receipt.villageName())).append(" 积分超市<br>兑换小票</h1>\n");
        if (r.cancelled() != null) {
            html.append("<p class=\"cancelled\">已撤销（").append(time(r.cancelled().at(), zone)).append("，")
                    .append(escape(r.cancelled().by())).append("）：").append(escape(r.cancelled().reason()))
                    .append("<br>积分和物品已退回</p>\n");
        }
        html.append("<table>\n");
        row(html, "兑换单号", escape(r.redemptionId()));
        row(html, "户号", escape(r.householdNo()));
        row(html, "户主", escape(r.headName()) + "（" + escape(r.group()) + "）");
        row(html, "物品", escape(r.reward()));
        row(html, "数量", String.valueOf(r.quantity()));
        row(html, "单价", r.cost() + " 分");
        row(html, "扣减积分", "<b>" + r.points() + " 分</b>");
        row(html, "兑换后可用", r.availableAfter() + " 分");
        if (r.note() != null) {
            row(html, "备注", escape(r.note()));
        }
        row(html, "经办", escape(r.recordedBy()));
        row(html, "时间", time(r.recordedAt(), zone));
        html.append("</table>\n<p class=\"meta\">请核对物品和积分。撤销兑换须凭本单号，由村里经办人登记原因。</p>\n")
                .append("<footer>打印于 ").append(time(receipt.printedAt(), zone)).append("</footer>\n</div>\n");
        return PrintablePage.end(html);
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><td>").append(label).append("</td><td>").append(value).append("</td></tr>\n");
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
