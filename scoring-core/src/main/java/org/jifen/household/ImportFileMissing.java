package org.jifen.household;

import org.jifen.problem.BadRequest;

/** An import request without the file. */
public class ImportFileMissing extends BadRequest {

    public ImportFileMissing() {
        super("请在名为 file 的表单字段里上传家庭户登记表（.xlsx 或 CSV）");
    }
}
