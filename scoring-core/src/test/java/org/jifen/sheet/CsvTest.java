package org.jifen.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aQuotedCellKeepsItsLineBreaksAndTheNextRecordKeepsExcelsRowNumber() {
        List<Csv.Record> records = Csv.read("户号,备注\r\n01-001,\"第一行\r\n第二行\"\r\n01-002,无\r\n");

        assertThat(records).containsExactly(new Csv.Record(1, List.of("户号", "备注")),
                new Csv.Record(2, List.of("01-001", "第一行\r\n第二行")), new Csv.Record(3, List.of("01-002", "无")));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstCell() {
        assertThat(Csv.read("\uFEFF户号,户主\n01-001,王建华").get(0).cells()).containsExactly("户号", "户主");
    }

    @Test
    void aFullWidthCommaIsTextNotASeparator() {
        assertThat(Csv.read("01-001,王建华，李秀英,一组").get(0).cells()).containsExactly("01-001", "王建华，李秀英", "一组");
        assertThat(Csv.cells("参加村民大会，村民议事", ',')).containsExactly("参加村民大会，村民议事");
    }

    @Test
    void aCatalogLineTypedInChineseIsSplitAtItsChineseCommasWhenAskedTo() {
        assertThat(Csv.cells("参加村民大会，村民议事，\"会议，名称\"", '，'))
                .containsExactly("参加村民大会", "村民议事", "会议，名称");
    }

    @Test
    void blankLinesKeepTheirRowNumbersAndCellsAreStripped() {
        assertThat(Csv.read("a , b\n\n  \"c,d\" ,e")).extracting(Csv.Record::row, Csv.Record::cells)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, List.of("a", "b")),
                        org.assertj.core.groups.Tuple.tuple(2, List.of("")),
                        org.assertj.core.groups.Tuple.tuple(3, List.of("c,d", "e")));
    }

    @Test
    void aQuoteLeftOpenRunsToTheEndAndTextAfterAClosingQuoteJoinsTheCell() {
        assertThat(Csv.read("01-001,\"王\"建华,一组").get(0).cells()).containsExactly("01-001", "王建华", "一组");
        assertThat(Csv.read("01-001,\"王建华,一组\n01-002").get(0).cells())
                .containsExactly("01-001", "王建华,一组\n01-002");
    }

    @Test
    void whatIsWrittenIsReadBackCellForCell() {
        List<List<String>> lines = List.of(List.of("村民小组", "户主", "备注"),
                List.of("一组", "李\"秀英\"", "两行\r\n备注"),
                List.of("", "王建华，李秀英", "1,000"),
                List.of(Csv.text("=1+1"), " 前后有空格的不算 ", "#"));
        Csv csv = new Csv();
        lines.forEach(csv::line);

        String written = csv.toString();

        assertThat(written).startsWith("\uFEFF村民小组,户主,备注\r\n").endsWith("\r\n");
        assertThat(Csv.read(written)).extracting(Csv.Record::cells).containsExactly(lines.get(0), lines.get(1),
                lines.get(2), List.of("'=1+1", "前后有空格的不算", "#"));
    }
}
