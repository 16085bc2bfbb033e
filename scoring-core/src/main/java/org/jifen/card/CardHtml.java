package org.jifen.card;

import static org.jifen.notice.NoticeHtml.escape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.jifen.notice.NoticeHtml;

/** The household's card to print and hand over: who it is for, the QR code of its page, and what to do with it. */
public final class CardHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String STYLE = """
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; margin: 1.5em; color: #000; }
            .card { border: 2px solid #000; width: 9cm; padding: 0.6cm; margin: 0 auto 1cm; text-align: center;
                    break-inside: avoid; }
            .card + .card { break-before: page; }
            h1 { font-size: 1.3em; margin: 0 0 0.4em; }
            table { margin: 0.4em auto; border-collapse: collapse; text-align: left; }
            th { font-weight: normal; padding: 0.15em 0.6em 0.15em 0; white-space: nowrap; }
            td { padding: 0.15em 0; }
            .scan { font-size: 1.2em; font-weight: bold; margin: 0.3em 0; }
            .url { font-family: monospace; font-size: 0.7em; word-break: break-all; }
            .note { font-size: 0.85em; text-align: left; line-height: 1.5; }
            @media print { body { margin: 0; } }
            """;

    private CardHtml() {
    }

    /** The Content-Security-Policy source that allows the card's stylesheet and no other inline style. */
    public static String styleSource() {
        return NoticeHtml.styleSource(STYLE);
    }

    public static String render(IssuedCard card, String pageUrl, ZoneId zone) {
        return render(card.villageName() + " 家庭户积分卡", List.of(card), issued -> pageUrl, zone);
    }

    /** Several cards on one page, each on a sheet of its own when printed: a villager group's print run. */
    public static String render(String title, List<IssuedCard> cards, Function<IssuedCard, String> pageUrl,
            ZoneId zone) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        if (cards.isEmpty()) {
            html.append("<p>").append(escape(title)).append("：没有符合条件的家庭户。</p>\n");
        }
        for (IssuedCard card : cards) {
            card(html, card, pageUrl.apply(card), zone);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void card(StringBuilder html, IssuedCard card, String pageUrl, ZoneId zone) {
        html.append("<div class=\"card\">\n<h1>").append(escape(card.villageName() + " 家庭户积分卡")).append("</h1>\n<table>\n")
                .append("<tr><th>户号</th><td>").append(escape(card.householdNo())).append("</td></tr>\n")
                .append("<tr><th>户主</th><td>").append(escape(card.headName())).append("</td></tr>\n")
                .append("<tr><th>村民小组</th><td>").append(escape(card.group())).append("</td></tr>\n</table>\n")
                .append(QrSvg.of(pageUrl, "5cm")).append("\n")
                .append("<p class=\"scan\">扫码查看本户积分</p>\n")
                .append("<p class=\"url\">").append(escape(pageUrl)).append("</p>\n")
                .append("<div class=\"note\">用手机扫描二维码，即可查看本户每月的基础分、附加分、合计，以及每一条积分的来由；")
                .append("季度公示期内，对本户某条积分有异议的，可在页面上直接提出，由村积分管理自治小组处理。")
                .append("无需注册登录。二维码只对应本户，请妥善保管、勿转给他人；遗失请到村委会换发新卡，原卡随即失效。</div>\n")
                .append("<p class=\"note\">发卡日期：").append(DAY.format(card.issuedAt().atZone(zone))).append("</p>\n")
                .append("</div>\n");
    }
}
