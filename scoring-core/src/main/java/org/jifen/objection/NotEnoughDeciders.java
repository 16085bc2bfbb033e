package org.jifen.objection;

import java.util.Map;
import org.jifen.problem.Conflict;

public class NotEnoughDeciders extends Conflict {

    private final int deciders;

    public NotEnoughDeciders(int deciders) {
        super("只有 " + deciders + " 名小组成员参与决定，处理异议至少需要 " + ObjectionPanel.MINIMUM_DECIDERS
                + " 名不同的成员（含组长）");
        this.deciders = deciders;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("deciders", deciders, "required", ObjectionPanel.MINIMUM_DECIDERS);
    }
}
