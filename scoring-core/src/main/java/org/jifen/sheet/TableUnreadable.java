package org.jifen.sheet;

import org.jifen.problem.Unprocessable;

/** A file that is neither a workbook nor CSV text the service can decode; nothing in it was read. */
public class TableUnreadable extends Unprocessable {

    public TableUnreadable(String file, String why) {
        super("文件「" + file + "」" + why);
    }
}
