package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file saved by an old Mac editor ends its lines with a carriage return alone; read as one line it was refused with
 * 63 problems blaming Chinese punctuation (attack tryout 9, F6). Its lines end where the editor shows them.
 */
class LinesEndedByACarriageReturnTest {

    @Test
    void aPlanWithOldMacLineEndsReadsAsItsEditorShowsIt() {
        PlanFile mac = PlanFile.of("方案.drl", ContractExample.DRL.replace("\n", "\r"));
        PlanFile windows = PlanFile.of("方案.drl", ContractExample.DRL.replace("\n", "\r\n"));

        assertThat(mac.text()).isEqualTo(ContractExample.DRL);
        assertThat(windows.text()).as("Windows line ends are left as they are").contains("\r\n");
        assertThat(new PlanCompiler(1000).compileUpload(List.of(mac)).rules().keySet())
                .isEqualTo(new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl", ContractExample.DRL)))
                        .rules().keySet());
    }
}
