package org.jifen.finalisation;

import org.jifen.problem.NotFound;

/** No signed sheet with this id in the village. */
public class SignOffSheetNotFound extends NotFound {

    public SignOffSheetNotFound(String villageName, long id) {
        super(villageName + "没有编号为 " + id + " 的签字表");
    }
}
