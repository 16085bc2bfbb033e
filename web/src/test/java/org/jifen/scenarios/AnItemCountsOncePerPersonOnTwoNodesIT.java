package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link AnItemCountsOncePerPersonIT} with a test's first recording sent to one application node and every later one
 * to the other, on one PostgreSQL (issue 13, ADR 0155): the same son recorded again on the other node still counts
 * nothing. The second node runs on the same fixed clock. Run on PostgreSQL only.
 */
class AnItemCountsOncePerPersonOnTwoNodesIT extends AnItemCountsOncePerPersonIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode("--" + CLOCK);

    @Override
    Api recordedThrough(Api clerk, int recording) {
        return recording == 0 ? clerk : SECOND_NODE.as(clerk);
    }
}
