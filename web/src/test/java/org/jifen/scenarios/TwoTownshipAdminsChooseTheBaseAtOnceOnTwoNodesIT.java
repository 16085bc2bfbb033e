package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link TwoTownshipAdminsChooseTheBaseAtOnceIT} with each admin on another application node of one PostgreSQL
 * (issue 13, ADR 0154): one choice becomes the year's base, the other is refused in Chinese, and the year never has two
 * selections following the same one. Run on PostgreSQL only.
 */
class TwoTownshipAdminsChooseTheBaseAtOnceOnTwoNodesIT extends TwoTownshipAdminsChooseTheBaseAtOnceIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode();

    @Override
    Api otherAdminThrough(Api admin) {
        return SECOND_NODE.as(admin);
    }
}
