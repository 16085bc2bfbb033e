package org.jifen.card;

import static org.jifen.notice.NoticeHtml.escape;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jifen.month.Adjustment;
import org.jifen.month.MonthView;
import org.jifen.objection.ObjectionStatus;
import org.jifen.objection.ObjectionView;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.AwardSource;

/**
 * The household's own page: readable on a phone, printable, everything inline, no script, every value escaped. Forms
 * to object appear only beside entries the household may object to now.
 */
public final class HouseholdPageHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final String STYLE = """
            body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 0.8em;
                   color: #111; line-height: 1.5; max-width: 48em; }
            h1 { font-size: 1.3em; margin: 0.2em 0; }
            h2 { font-size: 1.1em; margin: 1.2em 0 0.3em; border-bottom: 1px solid #999; }
            .who { color: #333; margin: 0 0 0.6em; }
            .figures { margin: 0.2em 0 0.4em; }
            .figures b { font-size: 1.15em; }
            .notice { border: 1px solid #b60; background: #fff6e6; padding: 0.5em; }
            .wrap { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
            th, td { border: 1px solid #aaa; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
            th { background: #eee; white-space: nowrap; }
            td.points { text-align: right; white-space: nowrap; }
            .muted { color: #666; }
            .taken-back { text-decoration: line-through; color: #666; }
            textarea { width: 100%; box-sizing: border-box; }
            details { margin-top: 0.3em; }
            footer { margin-top: 2em; font-size: 0.85em; color: #444; }
            @media print { details, form { display: none; } }
            """;

    private HouseholdPageHtml() {
    }

    public static String render(HouseholdPage page, ObjectionForm form, ZoneId zone) {
        StringBuilder html = new StringBuilder(16384);
        head(html, page.villageName() + " 本户积分");
        html.append("<h1>").append(escape(page.villageName())).append(" 本户积分</h1>\n<p class=\"who\">户号 ")
                .append(escape(page.householdNo())).append("　户主 ").append(escape(page.headName())).append("　")
                .append(escape(page.group())).append("</p>\n");
        for (HouseholdPage.OpenNotice notice : page.openNotices()) {
            html.append("<p class=\"notice\">").append(escape(notice.label())).append("积分正在公示，公示期至 ")
                    .append(DAY.format(notice.lastDay())).append("。对本户该季度某条积分有异议的，请点该条下方的“提出异议”，"
                            + "写明理由后提交，由村积分管理自治小组处理。</p>\n");
        }
        if (page.months().isEmpty()) {
            html.append("<p>本户暂无积分记录。</p>\n");
        }
        for (HouseholdPage.Month month : page.months()) {
            month(html, month, form);
        }
        objections(html, page.objections(), zone);
        html.append("<footer>基础分每月满分 100 分，附加分另计；一票否决的月份计 0 分。“已定稿”的月份由村积分管理自治小组审定，"
                + "不再变动，发现差错在当月冲正。本页只显示本户的积分。</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The page for an unknown or renewed link: it says nothing about any household. */
    public static String notFound() {
        return message("页面不存在", "此二维码无效或已换发新卡。请向村委会索取本户最新的积分卡。");
    }

    /** A refused request, in the refusal's own words (they name only the entry the household sent). */
    public static String refused(String detail) {
        return message("未能提交", detail);
    }

    /** A form posted without its anti-forgery field, or from a page too old. */
    public static String expired() {
        return message("页面已过期", "请重新扫码打开本户页面后再提交。");
    }

    private static String message(String title, String text) {
        StringBuilder html = new StringBuilder(1024);
        head(html, title);
        html.append("<h1>").append(escape(title)).append("</h1>\n<p>").append(escape(text))
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>").append(escape(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    private static void month(StringBuilder html, HouseholdPage.Month month, ObjectionForm form) {
        MonthView figures = month.figures();
        YearMonth ym = YearMonth.parse(figures.month());
        html.append("<h2>").append(ym.getYear()).append("年").append(ym.getMonthValue()).append("月")
                .append(figures.finalised() ? "（已定稿）" : "（未定稿，可能变动）").append("</h2>\n<p class=\"figures\">");
        if (figures.vetoed()) {
            html.append("一票否决，本月计 <b>0</b> 分");
        } else {
            html.append("基础分 <b>").append(figures.base()).append("</b>　附加分 <b>").append(figures.bonus())
                    .append("</b>　合计 <b>").append(figures.total()).append("</b>");
        }
        html.append("</p>\n<div class=\"wrap\"><table>\n<thead><tr><th>日期</th><th>事项</th><th>规则</th><th>类别</th>")
                .append("<th>积分</th><th>说明</th></tr></thead>\n<tbody>\n");
        for (HouseholdPage.Line line : month.lines()) {
            line(html, line, form);
        }
        for (Adjustment adjustment : month.adjustments()) {
            html.append("<tr class=\"muted\"><td></td><td>计分调整</td><td>")
                    .append(escape(adjustment.rule() == null ? "" : adjustment.rule())).append("</td><td></td>")
                    .append("<td class=\"points\">").append(signed(adjustment.points())).append("</td><td>")
                    .append(escape(adjustment.explanation())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static void line(StringBuilder html, HouseholdPage.Line line, ObjectionForm form) {
        MonthView.Entry entry = line.entry();
        html.append("<tr").append(line.reversed() ? " class=\"taken-back\"" : "").append("><td>")
                .append(line.occurredOn() == null ? "" : DAY.format(line.occurredOn())).append("</td><td>")
                .append(escape(line.eventType() != null ? line.eventType() : source(entry.source())))
                .append("</td><td>").append(escape(entry.rule())).append("</td><td>").append(escape(entry.category()))
                .append("</td><td class=\"points\">").append(points(entry)).append("</td><td>")
                .append(explanation(line)).append("<div class=\"muted\">记录号 ").append(entry.id()).append("</div>");
        if (line.objectable()) {
            html.append("<details><summary>提出异议</summary>\n<form method=\"post\" action=\"")
                    .append(escape(form.action())).append("\">\n<input type=\"hidden\" name=\"")
                    .append(escape(form.csrfParameter())).append("\" value=\"").append(escape(form.csrfToken()))
                    .append("\">\n<input type=\"hidden\" name=\"awardId\" value=\"").append(entry.id()).append("\">\n")
                    .append("<label>异议理由（必填，500 字以内）<textarea name=\"reason\" rows=\"3\" maxlength=\"500\" required>")
                    .append("</textarea></label>\n<button type=\"submit\">提交异议</button>\n</form></details>");
        }
        html.append("</td></tr>\n");
    }

    private static String explanation(HouseholdPage.Line line) {
        MonthView.Entry entry = line.entry();
        if (entry.reverses() != null) {
            String what = entry.source() == AwardSource.CORRECTION ? "冲正" : "驳回";
            return what + "记录号 " + entry.reverses() + "：" + escape(String.valueOf(entry.reason()));
        }
        return line.reversed() ? "此条已被驳回或冲正，见对应记录" : "";
    }

    private static String points(MonthView.Entry entry) {
        if (entry.kind() == Kind.VETO) {
            return entry.reverses() == null ? "一票否决" : "撤销否决";
        }
        return signed(entry.points()) + (entry.kind() == Kind.BONUS ? "（附加分）" : "");
    }

    private static String source(AwardSource source) {
        return switch (source) {
            case EVENT -> "事件";
            case MONTH_END -> "月末评定";
            case REVIEW -> "审核驳回";
            case CORRECTION -> "冲正";
        };
    }

    private static void objections(StringBuilder html, List<ObjectionView> objections, ZoneId zone) {
        if (objections.isEmpty()) {
            return;
        }
        html.append("<h2>本户提出的异议</h2>\n<div class=\"wrap\"><table>\n<thead><tr><th>提出时间</th><th>记录号</th>")
                .append("<th>理由</th><th>处理结果</th></tr></thead>\n<tbody>\n");
        for (ObjectionView objection : objections) {
            html.append("<tr><td>").append(time(objection.raisedAt(), zone)).append("</td><td>")
                    .append(objection.awardId()).append("</td><td>").append(escape(objection.reason()))
                    .append("</td><td>").append(escape(objection.status().label()));
            if (objection.status() != ObjectionStatus.OPEN) {
                html.append("：").append(escape(String.valueOf(objection.outcomeReason())));
                if (objection.resolvedAt() != null) {
                    html.append("<div class=\"muted\">").append(time(objection.resolvedAt(), zone)).append("</div>");
                }
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static String signed(long points) {
        return points > 0 ? "+" + points : String.valueOf(points);
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }
}
