package org.jifen.fund;

import org.jifen.problem.Unprocessable;

public class DonorMissing extends Unprocessable {

    public DonorMissing(FundSource source) {
        super(source.label() + "须写明捐赠人或捐赠单位（donor）");
    }
}
