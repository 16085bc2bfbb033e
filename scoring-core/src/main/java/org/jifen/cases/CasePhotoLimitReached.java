package org.jifen.cases;

import java.util.Map;
import org.jifen.problem.Conflict;

public class CasePhotoLimitReached extends Conflict {

    private final int limit;

    public CasePhotoLimitReached(long id, int limit) {
        super("典型案例 " + id + " 已有 " + limit + " 张照片，达到上限，不能再添加");
        this.limit = limit;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("limit", limit);
    }
}
