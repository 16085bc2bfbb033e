package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link IdempotentReplayIT} with the phone's repeat reaching the other application node on the same PostgreSQL
 * (issue 13): answered with the first node's result, or refused for another body, and counted once. Run on PostgreSQL
 * only.
 */
class IdempotentReplayOnTwoNodesIT extends IdempotentReplayIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode();

    @Override
    Api resentThrough(Api staff) {
        return SECOND_NODE.as(staff);
    }
}
