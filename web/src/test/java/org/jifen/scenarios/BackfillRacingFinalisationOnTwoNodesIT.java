package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link BackfillRacingFinalisationIT} with the back-filled event sent to one application node and the finalisation
 * to the other, on one PostgreSQL (issue 13, ADR 0204, 0227): the event is still either in the frozen totals or
 * refused, whichever node each reaches. Run on PostgreSQL only.
 */
class BackfillRacingFinalisationOnTwoNodesIT extends BackfillRacingFinalisationIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode();

    @Override
    Api staffThrough(Api staff) {
        return SECOND_NODE.as(staff);
    }
}
