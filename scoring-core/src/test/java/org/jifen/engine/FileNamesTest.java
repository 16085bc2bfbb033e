package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aBrowsersSecondCopyIsToldWhichCharactersToDropAndTheNameToUse() {
        assertThat(FileNames.badName("秀泾村积分方案.drl(1).xlsx"))
                .startsWith("文件名里的「(」「)」不能用")
                .endsWith("请改名为「秀泾村积分方案.drl.xlsx」后再上传");
        assertThat(FileNames.badName("积分方案（2）.drl.xlsx")).contains("「（」「）」", "「积分方案.drl.xlsx」");
    }

    @Test
    void invisibleCharactersAreShownByTheirCode() {
        assertThat(FileNames.badName("方案\u202e.drl")).contains("「U+202E」").doesNotContain("\u202e");
    }

    @Test
    void aSpreadsheetWithoutDrlInItsNameIsToldTheNameToUse() {
        assertThat(FileNames.unsupported("秀泾村积分方案.xlsx"))
                .isEqualTo("表格要以「.drl.xlsx」结尾才能当作积分方案读取（事件类型清单除外，它叫 catalog.csv）："
                        + "请把文件改名为「秀泾村积分方案.drl.xlsx」后再上传");
        assertThat(FileNames.unsupported("事件.csv")).contains("「事件.drl.csv」");
        assertThat(FileNames.unsupported("说明.txt")).startsWith("这种文件不能作为积分方案上传");
    }

    @Test
    void aNameThatIsOnlyTooLongSaysSo() {
        assertThat(FileNames.badName("方".repeat(121) + ".drl")).startsWith("文件名太长：最多 120 个字");
        assertThat(FileNames.badName(".隐藏.drl")).startsWith("文件名不能以点开头").contains("「隐藏.drl」");
    }

    /** Attack tryout 7, m2: a part with an empty file name was told its name was too long. */
    @Test
    void aFileWithoutANameIsToldItHasNone() {
        assertThat(FileNames.badName("")).startsWith("文件没有名字");
        assertThat(FileNames.badName(" ")).startsWith("文件没有名字");
    }
}
