package org.jifen.pilots;

import java.util.List;
import org.jifen.engine.PlanFile;

/**
 * One shipped plan: the village's code (also its folder under {@code plans/}), its Chinese name and its rule files.
 */
public record PilotPlan(String code, String name, List<PlanFile> files) {

    public PilotPlan {
        files = List.copyOf(files);
    }
}
