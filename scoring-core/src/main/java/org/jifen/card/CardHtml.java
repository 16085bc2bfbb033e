package org.jifen.card;

import static org.jifen.notice.NoticeHtml.escape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The household's card to print and hand over: who it is for, the QR code of its page, and what to do with it. */
public final class CardHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String STYLE = """
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; margin: 1.5em; color: #000; }
            .card { border: 2px solid #000; width: 9cm; padding: 0.6cm; margin: auto; text-align: center; }
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

    public static String render(IssuedCard card, String pageUrl, ZoneId zone) {
        String title = card.villageName() + " 家庭户积分卡";
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<div class=\"card\">\n<h1>"
                + escape(title) + "</h1>\n<table>\n"
                + "<tr><th>户号</th><td>" + escape(card.householdNo()) + "</td></tr>\n"
                + "<tr><th>户主</th><td>" + escape(card.headName()) + "</td></tr>\n"
                + "<tr><th>村民小组</th><td>" + escape(card.group()) + "</td></tr>\n</table>\n"
                + QrSvg.of(pageUrl, "5cm") + "\n"
                + "<p class=\"scan\">扫码查看本户积分</p>\n"
                + "<p class=\"url\">" + escape(pageUrl) + "</p>\n"
                + "<div class=\"note\">用手机扫描二维码，即可查看本户每月的基础分、附加分、合计，以及每一条积分的来由；"
                + "季度公示期内，对本户某条积分有异议的，可在页面上直接提出，由村积分管理自治小组处理。"
                + "无需注册登录。二维码只对应本户，请妥善保管、勿转给他人；遗失请到村委会换发新卡，原卡随即失效。</div>\n"
                + "<p class=\"note\">发卡日期：" + DAY.format(card.issuedAt().atZone(zone)) + "</p>\n"
                + "</div>\n</body>\n</html>\n";
    }
}
