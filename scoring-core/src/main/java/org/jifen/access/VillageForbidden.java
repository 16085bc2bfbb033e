package org.jifen.access;

import org.jifen.problem.Forbidden;

/** A village user reaching into another village, or an auditor trying to change something. */
public class VillageForbidden extends Forbidden {

    public VillageForbidden(String detail) {
        super(detail);
    }

    public static VillageForbidden toRead(String village) {
        return new VillageForbidden("您的账号无权查看村「" + village + "」的数据");
    }
}
