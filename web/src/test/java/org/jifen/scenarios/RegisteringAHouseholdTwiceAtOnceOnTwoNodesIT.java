package org.jifen.scenarios;

import org.jifen.support.Api;
import org.jifen.support.SecondNode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link RegisteringAHouseholdTwiceAtOnceIT} with half the clerks registering through the other application node on
 * the same PostgreSQL (issue 13): still one registration per 户号, the others told that the household exists, no 500.
 * Run on PostgreSQL only.
 */
class RegisteringAHouseholdTwiceAtOnceOnTwoNodesIT extends RegisteringAHouseholdTwiceAtOnceIT {

    @RegisterExtension
    static final SecondNode SECOND_NODE = new SecondNode();

    @Override
    Api clerkThrough(Api clerk, int number) {
        return number % 2 == 0 ? clerk : SECOND_NODE.as(clerk);
    }
}
