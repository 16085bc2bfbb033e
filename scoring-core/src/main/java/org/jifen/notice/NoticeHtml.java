package org.jifen.notice;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The notice as a page to print and post on the village notice board: one table per villager group, everything
 * inline (a village office printer has no internet), every value HTML-escaped.
 */
public final class NoticeHtml {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final String STYLE = """
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; margin: 2em; color: #000; }
            h1 { text-align: center; font-size: 1.6em; margin-bottom: 0.2em; }
            .intro { text-align: center; margin-top: 0; }
            h2 { font-size: 1.2em; margin: 1.4em 0 0.4em; }
            table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
            th, td { border: 1px solid #000; padding: 0.3em 0.5em; text-align: center; }
            tr { page-break-inside: avoid; }
            th { background: #eee; }
            .pending { color: #555; }
            footer { margin-top: 2em; line-height: 2; }
            @media print { body { margin: 1cm; } h2 { page-break-after: avoid; } }
            """;

    private NoticeHtml() {
    }

    /**
     * The page's one inline stylesheet as a Content-Security-Policy source ({@code 'sha256-…'}), so the policy can
     * allow exactly it while refusing every other inline style and all inline script.
     */
    public static String styleSource() {
        return styleSource(STYLE);
    }

    /** The CSP source that allows one inline stylesheet, written as {@code <style>\n...</style>}, by its hash. */
    public static String styleSource(String style) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("\n" + style).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
        } catch (java.security.NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    public static String render(PublicNotice notice, ZoneId zone) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(notice.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>").append(escape(notice.title())).append("</h1>\n")
                .append("<p class=\"intro\">按镇乡村治理积分制实施方案，以家庭户为单位，基础分每月满分 100 分，附加分另计；")
                .append("一票否决的月份计 0 分。季度合计只计已定稿的月份")
                .append(notice.finalisedMonths().size() < notice.months().size() ? "，“—”表示该月尚未定稿" : "")
                .append("。</p>\n");
        if (notice.groups().isEmpty()) {
            html.append("<p>本村暂无纳入积分的家庭户。</p>\n");
        }
        for (PublicNotice.GroupRanking group : notice.groups()) {
            html.append("<h2>").append(escape(group.group())).append("</h2>\n<table>\n<thead><tr>")
                    .append("<th>名次</th><th>户号</th><th>户主</th>");
            notice.months().forEach(month -> html.append("<th>").append(YearMonth.parse(month).getMonthValue())
                    .append("月</th>"));
            html.append("<th>季度合计</th></tr></thead>\n<tbody>\n");
            for (PublicNotice.Row row : group.households()) {
                html.append("<tr><td>").append(row.rank()).append("</td><td>").append(escape(row.householdNo()))
                        .append("</td><td>").append(escape(row.headName())).append("</td>");
                notice.months().forEach(month -> html.append(cell(row.months().get(month))));
                html.append("<td><strong>").append(row.total()).append("</strong></td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("<footer>\n<div>公示期：______年____月____日 至 ______年____月____日</div>\n")
                .append("<div>监督电话：____________________（对公示内容有异议的，请在公示期内向村积分管理自治小组反映）</div>\n")
                .append("<div>").append(published(notice, zone)).append("</div>\n")
                .append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String cell(@Nullable Integer total) {
        return total == null ? "<td class=\"pending\">—</td>" : "<td>" + total + "</td>";
    }

    private static String published(PublicNotice notice, ZoneId zone) {
        return notice.publishedAt() == null
                ? "生成时间：" + time(notice.generatedAt(), zone) + "（尚未公布）"
                : "公布时间：" + time(notice.publishedAt(), zone) + "　公布人："
                        + escape(String.valueOf(notice.publishedBy()));
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** Escapes text for element content and quoted attribute values alike (the household's page uses it too). */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
