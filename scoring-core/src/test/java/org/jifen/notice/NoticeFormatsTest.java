package org.jifen.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The notice as Excel and the notice board get it. */
class NoticeFormatsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theCsvStartsWithAByteOrderMarkAndAChineseHeader() {
        String csv = NoticeCsv.render(notice(null));

        assertThat(csv).startsWith("\uFEFF村民小组,名次,户号,户主,7月,8月,9月,季度合计\r\n");
        assertThat(csv.lines().skip(1)).containsExactly(
                "一组,1,H1,张三,95,100,,195",
                "一组,2,H2,\"李,四\",80,,,80",
                "二组,1,H3,\"'=HYPERLINK(\"\"x\"\")\",0,0,,0");
    }

    @Test
    void thePageEscapesEveryValueAndNeedsNothingFromOutside() {
        String html = NoticeHtml.render(notice(null), SHANGHAI);

        assertThat(html).contains("<title>杨家庄村&lt;b&gt; 2024年第三季度 乡村治理积分公示</title>")
                .contains("<h2>二组</h2>")
                .contains("<td>李,四</td>")
                .contains("<td>=HYPERLINK(&quot;x&quot;)</td>")
                .contains("<td class=\"pending\">—</td>")
                .contains("公示期：").contains("监督电话：")
                .contains("生成时间：2024年9月10日 09:00（尚未公布）")
                .doesNotContain("<b>").doesNotContain("<script").doesNotContain("http://")
                .doesNotContain("https://").doesNotContain("<link");
    }

    @Test
    void aPublishedPageSaysWhenAndByWhom() {
        String html = NoticeHtml.render(notice(Instant.parse("2024-10-08T01:30:00Z")), SHANGHAI);

        assertThat(html).contains("公布时间：2024年10月8日 09:30　公布人：村干部&lt;王&gt;");
    }

    private static PublicNotice notice(@Nullable Instant publishedAt) {
        return new PublicNotice("yangjiazhuang", "杨家庄村<b>", "2024-Q3", "杨家庄村<b> 2024年第三季度 乡村治理积分公示",
                List.of("2024-07", "2024-08", "2024-09"), List.of("2024-07", "2024-08"), publishedAt,
                publishedAt == null ? null : "村干部<王>", publishedAt == null ? null : List.of("2024-07", "2024-08"),
                Instant.parse("2024-09-10T01:00:00Z"), List.of(
                new PublicNotice.GroupRanking("一组", List.of(
                        new PublicNotice.Row(1, 1, "H1", "张三", months(95, 100), 195),
                        new PublicNotice.Row(2, 2, "H2", "李,四", months(80, null), 80))),
                new PublicNotice.GroupRanking("二组", List.of(
                        new PublicNotice.Row(1, 3, "H3", "=HYPERLINK(\"x\")", months(0, 0), 0)))));
    }

    private static Map<String, @Nullable Integer> months(@Nullable Integer july, @Nullable Integer august) {
        Map<String, @Nullable Integer> months = new LinkedHashMap<>();
        months.put("2024-07", july);
        months.put("2024-08", august);
        months.put("2024-09", null);
        return months;
    }
}
