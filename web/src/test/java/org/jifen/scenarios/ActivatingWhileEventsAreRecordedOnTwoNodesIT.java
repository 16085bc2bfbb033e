package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ActivatingWhileEventsAreRecordedIT} with the clerks recording through one application node while the
 * version is activated through the other, on one PostgreSQL (issue 13, ADR 0204, 0227): no event keeps the old
 * version's points. The second node runs on the same fixed clock. Run on PostgreSQL only.
 */
class ActivatingWhileEventsAreRecordedOnTwoNodesIT extends ActivatingWhileEventsAreRecordedIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode("--" + CLOCK);

    @Override
    Api clerksThrough(Api clerk) {
        return SECOND_NODE.as(clerk);
    }
}
