package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ConcurrentSubmissionsIT} with every other submission sent to the other application node on the same
 * PostgreSQL (issue 13), so that about half the repeats race their originals across nodes: each event id is still
 * recorded exactly once, nobody gets a 5xx, and the chain is whole. Run on PostgreSQL only.
 */
class ConcurrentSubmissionsOnTwoNodesIT extends ConcurrentSubmissionsIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode();

    @Override
    Api phoneThrough(Api staff, int submission) {
        return submission % 2 == 0 ? staff : SECOND_NODE.as(staff);
    }
}
