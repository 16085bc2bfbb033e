package org.jifen.stars;

import java.time.Instant;
import java.util.List;

/** A village's star levels as answered, with the rule in a sentence and who set it when. */
public record StarSchemeView(String village, StarPeriod period, List<NewStarScheme.Level> levels,
        boolean vetoRemovesStar, int redListSize, int helpListSize, String description, String changedBy,
        Instant changedAt) {

    static StarSchemeView of(String village, StarScheme scheme) {
        List<NewStarScheme.Level> levels = scheme.levels();
        StringBuilder text = new StringBuilder("按" + scheme.getPeriod().label() + "积分评定：");
        for (int i = levels.size() - 1; i >= 0; i--) {
            text.append(levels.get(i).stars()).append(" 星 ").append(levels.get(i).minPoints()).append(" 分以上")
                    .append(i == 0 ? "" : "，");
        }
        text.append(scheme.isVetoRemovesStar() ? "；每有一个月一票否决，降一星。" : "。");
        return new StarSchemeView(village, scheme.getPeriod(), levels, scheme.isVetoRemovesStar(),
                scheme.getRedListSize(), scheme.getHelpListSize(), text.toString(), scheme.getChangedBy(),
                scheme.getChangedAt());
    }
}
