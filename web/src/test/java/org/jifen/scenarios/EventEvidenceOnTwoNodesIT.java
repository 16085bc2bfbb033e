package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link EventEvidenceIT} with half of the twelve staff adding to one event's evidence at once through the other
 * application node on the same PostgreSQL (issue 13, ADR 0024): the event still holds ten items, not more. Run on
 * PostgreSQL only.
 */
class EventEvidenceOnTwoNodesIT extends EventEvidenceIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode();

    @Override
    Api staffThrough(Api staff, int member) {
        return member % 2 == 0 ? staff : SECOND_NODE.as(staff);
    }
}
