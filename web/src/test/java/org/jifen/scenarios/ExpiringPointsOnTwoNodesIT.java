package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ExpiringPointsIT} with every other of the many simultaneous balance reads sent to the other application node
 * on the same PostgreSQL (issue 13, ADR 0154): each expiry is still recorded once, whichever node's read records it.
 * The second node's clock stands where the test moves its own for those reads; the other scenarios keep to this node.
 * Run on PostgreSQL only.
 */
class ExpiringPointsOnTwoNodesIT extends ExpiringPointsIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode("--jifen.clock.fixed-at=" + READ_AT_TEXT);

    @Override
    Api readerThrough(Api reader, int read) {
        return read % 2 == 0 ? reader : SECOND_NODE.as(reader);
    }
}
