package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link StaffSubmittingAtOnceEachGetTheirOwnAnswerIT} with half the staff's phones reaching the other application
 * node on the same PostgreSQL (issue 13): each node writes the submissions that arrive together in one transaction,
 * both append to the one village chain, and every answer is still its own, each event recorded once, the chain whole.
 * Run on PostgreSQL only.
 */
class StaffSubmittingAtOnceOnTwoNodesIT extends StaffSubmittingAtOnceEachGetTheirOwnAnswerIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode();

    @Override
    Api phoneOf(Api staff, int member) {
        return member % 2 == 0 ? staff : SECOND_NODE.as(staff);
    }
}
