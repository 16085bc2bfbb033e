package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link StaffRecordEventsWhileTheMonthEndRunsIT} with the staff recording through one application node while the
 * month-end runs on the other, on one PostgreSQL (issue 13, ADR 0130, 0227): events are still recorded between the
 * month-end's parts, and the month-end still grants every household its awards once. Run on PostgreSQL only.
 */
class StaffRecordEventsWhileTheMonthEndRunsOnTwoNodesIT extends StaffRecordEventsWhileTheMonthEndRunsIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode();

    @Override
    Api staffThrough(Api staff) {
        return SECOND_NODE.as(staff);
    }
}
