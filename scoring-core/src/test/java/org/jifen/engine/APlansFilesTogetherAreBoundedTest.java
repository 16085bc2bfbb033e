package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attack tryout 8: every version is kept, and 30 files at the file limit stored 7.6 MB a version. */
class APlansFilesTogetherAreBoundedTest {

    private static PlanFile ruleFile(int number, int bytes) {
        return new PlanFile("规则" + number + ".drl", new byte[bytes]);
    }

    @Test
    void fiveFilesOfTwoHundredAndTenKilobytesAreTooMuchTogether() {
        List<PlanFile> files = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            files.add(ruleFile(i, 210 * 1024));
        }
        PlanRejected refused = catchThrowableOfType(PlanRejected.class, () -> PlanCompiler.checkFiles(files));

        assertThat(refused.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("一个方案的文件合计不能超过 1024 KB，这次上传了 1050 KB"));
    }

    @Test
    void aPlanJustUnderTheBoundIsTakenToTheNextChecks() {
        List<PlanFile> files = List.of(ruleFile(1, 256 * 1024), ruleFile(2, 256 * 1024), ruleFile(3, 256 * 1024),
                ruleFile(4, 256 * 1024));

        assertThatCode(() -> PlanCompiler.checkFiles(files)).doesNotThrowAnyException();
    }
}
