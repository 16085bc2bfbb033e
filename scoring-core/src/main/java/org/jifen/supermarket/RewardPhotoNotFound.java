package org.jifen.supermarket;

import org.jifen.problem.NotFound;

public class RewardPhotoNotFound extends NotFound {

    public RewardPhotoNotFound(long id) {
        super("兑换物品 " + id + " 还没有照片");
    }
}
