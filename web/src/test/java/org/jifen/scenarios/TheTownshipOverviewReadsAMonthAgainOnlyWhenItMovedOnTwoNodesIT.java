package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link TheTownshipOverviewReadsAMonthAgainOnlyWhenItMovedIT} with the overview read through a second application
 * node on the same PostgreSQL, while the first records, re-scores and corrects (issue 13, ADR 0226): the months the
 * second node keeps are brought on by the chain heads the first moved, and still say what the award table says. The
 * dashboard, read in-process, stays on the first node. The second node runs on the same fixed clock. Run on
 * PostgreSQL only.
 */
class TheTownshipOverviewReadsAMonthAgainOnlyWhenItMovedOnTwoNodesIT
        extends TheTownshipOverviewReadsAMonthAgainOnlyWhenItMovedIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode("--" + CLOCK);

    @Override
    Api overviewThrough(Api township) {
        return SECOND_NODE.as(township);
    }
}
