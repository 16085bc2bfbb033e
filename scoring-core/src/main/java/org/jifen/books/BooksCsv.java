package org.jifen.books;

import static org.jifen.sheet.Csv.text;

import org.jifen.fund.FundEntryView;
import org.jifen.sheet.Csv;

/** The books as CSV for Excel: the fund's movements, then the goods, item by item, each part under its heading. */
public final class BooksCsv {

    private BooksCsv() {
    }

    public static String render(Books books) {
        Csv csv = new Csv();
        csv.line(text(books.villageName() + " 积分超市台账 " + books.label()));
        csv.line("奖励资金", "日期", "类别", "来源或供货方", "物品", "数量", "金额（元）", "备注", "经办");
        csv.line("期初余额", "", "", "", "", "", books.fund().opening().toPlainString(), "", "");
        for (FundEntryView entry : books.fund().received()) {
            fundLine(csv, "收入", entry);
        }
        for (FundEntryView entry : books.fund().spent()) {
            fundLine(csv, "支出", entry);
        }
        csv.line("本期收入合计", "", "", "", "", "", books.fund().receivedTotal().toPlainString(), "", "");
        csv.line("本期支出合计", "", "", "", "", "", books.fund().spentTotal().toPlainString(), "", "");
        csv.line("期末余额", "", "", "", "", "", books.fund().closing().toPlainString(), "", "");
        csv.line("");
        csv.line("物品", "兑换单价（积分）", "现价（积分）", "期初库存", "入库", "冲红入库", "报损", "兑换出库", "撤销退回",
                "期末库存", "兑换积分", "退回积分");
        for (Books.GoodsLine line : books.goods()) {
            csv.line(text(line.name()), text(line.costs().isEmpty() ? "" : line.costsWritten()),
                    String.valueOf(line.cost()), String.valueOf(line.opening()), String.valueOf(line.received()),
                    String.valueOf(line.receiptsReversed()), String.valueOf(line.writtenOff()),
                    String.valueOf(line.redeemed()), String.valueOf(line.returned()), String.valueOf(line.closing()),
                    String.valueOf(line.pointsRedeemed()), String.valueOf(line.pointsReturned()));
        }
        csv.line("合计", "", "", "", "", "", "", "", "", "", String.valueOf(books.redemptions().pointsRedeemed()),
                String.valueOf(books.redemptions().pointsReturned()));
        csv.line("");
        csv.line("兑换笔数", "撤销笔数", "兑换积分", "退回积分", "兑换户数");
        csv.line(String.valueOf(books.redemptions().redemptions()), String.valueOf(books.redemptions().cancellations()),
                String.valueOf(books.redemptions().pointsRedeemed()),
                String.valueOf(books.redemptions().pointsReturned()), String.valueOf(books.redemptions().households()));
        return csv.toString();
    }

    private static void fundLine(Csv csv, String kind, FundEntryView entry) {
        csv.line(kind, entry.on().toString(), entry.sourceLabel() != null
                ? (entry.reverses() != null ? "冲红：" : "") + entry.sourceLabel() : entry.label(),
                text(entry.party() == null ? "" : entry.party()), text(entry.reward() == null ? "" : entry.reward()),
                entry.quantity() == null ? "" : String.valueOf(entry.quantity()), entry.amount().toPlainString(),
                text((entry.note() == null ? "" : entry.note()) + (entry.reversedBy() == null ? "" : "（已冲红）")),
                text(entry.recordedBy()));
    }
}
