package org.jifen.cases;

import java.util.Map;
import org.jifen.problem.Conflict;

/** Another village is chosen while the year has a base, without saying it replaces that base. */
public class DemonstrationBaseAlreadySelected extends Conflict {

    private final String current;

    public DemonstrationBaseAlreadySelected(int year, String current, String currentName) {
        super(year + "年的示范基地已是「" + currentName + "」（" + current + "）：改选请写明 \"replaces\": \"" + current
                + "\" 和改选的理由，原选定记为已改选");
        this.current = current;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("current", current);
    }
}
