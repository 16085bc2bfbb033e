package org.jifen.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jifen.month.MonthView;
import org.jifen.objection.ObjectionStatus;
import org.jifen.objection.ObjectionView;
import org.jifen.objection.RaisedVia;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.AwardSource;
import org.junit.jupiter.api.Test;

class HouseholdPageHtmlTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2024-08-01T02:00:00Z");
    private static final ObjectionForm FORM = new ObjectionForm("/h/tok/objections", "_csrf", "csrf-value");

    @Test
    void everyValueIsEscapedAndNothingComesFromOutside() {
        HouseholdPage page = page("<script>alert(1)</script>", line(11, "参加\"村民\"大会", false, false));

        String html = HouseholdPageHtml.render(page, FORM, BEIJING);

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("参加&quot;村民&quot;大会").doesNotContain("src=").doesNotContain("<link")
                .contains("<meta name=\"viewport\"");
    }

    @Test
    void aFormWithTheAntiForgeryFieldOnlyBesideEntriesOpenToObjection() {
        HouseholdPage page = page("张三", line(11, "参加村民大会", true, false), line(12, "见义勇为", false, false));

        String html = HouseholdPageHtml.render(page, FORM, BEIJING);

        assertThat(html.split("<form ", -1)).hasSize(2);
        assertThat(html).contains("action=\"/h/tok/objections\"")
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"csrf-value\">")
                .contains("name=\"awardId\" value=\"11\"").doesNotContain("name=\"awardId\" value=\"12\"");
    }

    @Test
    void theMonthShowsItsFiguresEntriesAndObjectionsWithTheirOutcome() {
        HouseholdPage page = new HouseholdPage("凤溪村", "FX-01", "王建华", "一组",
                List.of(new HouseholdPage.OpenNotice("2024-Q3", "2024年第三季度", LocalDate.of(2024, 9, 16))),
                List.of(new HouseholdPage.Month(
                        new MonthView("2024-07", 10, 20, 30, false, true, List.of(), List.of(), 1),
                        List.of(line(11, "见义勇为", false, true)), List.of())),
                List.of(new ObjectionView(5, 1, 11, "2024-Q3", "当天不在村里", RaisedVia.HOUSEHOLD_PAGE, null, null, AT,
                        ObjectionStatus.DISMISSED, "经核实确有其事", List.of(), "staff", AT, null)));

        String html = HouseholdPageHtml.render(page, FORM, BEIJING);

        assertThat(html).contains("2024年7月（已定稿）").contains("基础分 <b>10</b>　附加分 <b>20</b>　合计 <b>30</b>")
                .contains("公示期至 2024年9月16日").contains("此条已被驳回或冲正").contains("当天不在村里")
                .contains("异议不成立：经核实确有其事");
    }

    private static HouseholdPage page(String headName, HouseholdPage.Line... lines) {
        return new HouseholdPage("凤溪村", "FX-01", headName, "一组", List.of(),
                List.of(new HouseholdPage.Month(new MonthView("2024-07", 2, 0, 2, false, true, List.of(), List.of(), 1),
                        List.of(lines), List.of())),
                List.of());
    }

    private static HouseholdPage.Line line(long id, String type, boolean objectable, boolean reversed) {
        return new HouseholdPage.Line(new MonthView.Entry(id, "规则" + id, "村民议事", Kind.BASE, 2, AwardSource.EVENT,
                "e-" + id, 1, AT, null, null, "staff"), type, LocalDate.of(2024, 7, 5), reversed, objectable);
    }
}
