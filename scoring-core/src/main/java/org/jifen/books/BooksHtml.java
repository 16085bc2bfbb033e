package org.jifen.books;

import static org.jifen.printable.PrintablePage.escape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jifen.fund.FundEntryView;
import org.jifen.printable.PrintablePage;

/** The books as a page to print and sign: the fund, then the goods, then the redemptions. */
public final class BooksHtml {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private BooksHtml() {
    }

    public static String render(Books books, ZoneId zone) {
        String title = books.villageName() + " 积分超市台账 " + books.label();
        StringBuilder html = PrintablePage.start(title);
        html.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"intro\">期间 ").append(books.from())
                .append(" 至 ").append(books.until().minusDays(1)).append("。金额以元计，物品以件计。</p>\n");
        html.append("<h2>奖励资金</h2>\n<table>\n<thead><tr><th>日期</th><th>收支</th><th>来源或供货方</th><th>物品</th>")
                .append("<th class=\"n\">金额（元）</th><th>备注</th></tr></thead>\n<tbody>\n")
                .append("<tr><td></td><td>期初余额</td><td></td><td></td><td class=\"n\">")
                .append(books.fund().opening().toPlainString()).append("</td><td></td></tr>\n");
        books.fund().received().forEach(entry -> fundRow(html, entry, "收入"));
        books.fund().spent().forEach(entry -> fundRow(html, entry, "支出"));
        html.append("<tr><td></td><td>本期收入</td><td></td><td></td><td class=\"n\">")
                .append(books.fund().receivedTotal().toPlainString()).append("</td><td></td></tr>\n")
                .append("<tr><td></td><td>本期支出</td><td></td><td></td><td class=\"n\">")
                .append(books.fund().spentTotal().toPlainString()).append("</td><td></td></tr>\n")
                .append("<tr><td></td><td><b>期末余额</b></td><td></td><td></td><td class=\"n\"><b>")
                .append(books.fund().closing().toPlainString()).append("</b></td><td></td></tr>\n</tbody>\n</table>\n");
        html.append("<h2>物品进出</h2>\n<table>\n<thead><tr><th>物品</th><th class=\"n\">单价（积分）</th>")
                .append("<th class=\"n\">期初</th><th class=\"n\">入库</th><th class=\"n\">报损</th><th class=\"n\">兑换</th>")
                .append("<th class=\"n\">撤销退回</th><th class=\"n\">期末</th><th class=\"n\">兑换积分</th></tr></thead>\n<tbody>\n");
        for (Books.GoodsLine line : books.goods()) {
            html.append("<tr><td>").append(escape(line.name())).append("</td><td class=\"n\">").append(line.cost())
                    .append("</td><td class=\"n\">").append(line.opening()).append("</td><td class=\"n\">")
                    .append(line.received()).append("</td><td class=\"n\">").append(line.writtenOff())
                    .append("</td><td class=\"n\">").append(line.redeemed()).append("</td><td class=\"n\">")
                    .append(line.returned()).append("</td><td class=\"n\">").append(line.closing())
                    .append("</td><td class=\"n\">").append(line.pointsRedeemed() - line.pointsReturned())
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<h2>兑换</h2>\n<p>本期兑换 ").append(books.redemptions().redemptions())
                .append(" 笔（").append(books.redemptions().households()).append(" 户），共 ")
                .append(books.redemptions().pointsRedeemed()).append(" 分；撤销 ")
                .append(books.redemptions().cancellations()).append(" 笔，退回 ")
                .append(books.redemptions().pointsReturned()).append(" 分。</p>\n<footer>制表时间 ")
                .append(TIME.format(books.drawnUpAt().atZone(zone)))
                .append("　　经办人：__________　　村积分管理自治小组审核：__________</footer>\n");
        return PrintablePage.end(html);
    }

    private static void fundRow(StringBuilder html, FundEntryView entry, String kind) {
        html.append("<tr><td>").append(entry.on()).append("</td><td>").append(kind)
                .append(entry.sourceLabel() == null ? "" : "（" + escape(entry.sourceLabel()) + "）")
                .append("</td><td>").append(escape(entry.party() == null ? "" : entry.party())).append("</td><td>")
                .append(escape(entry.reward() == null ? "" : entry.reward() + " ×" + entry.quantity()))
                .append("</td><td class=\"n\">").append(entry.amount().toPlainString()).append("</td><td>")
                .append(escape(entry.note() == null ? "" : entry.note())).append("</td></tr>\n");
    }
}
