package org.jifen.access;

import org.jifen.problem.Refusal;

/** A village user reaching into another village, or an auditor trying to change something. */
public class VillageForbidden extends Refusal {

    public VillageForbidden(String detail) {
        super(Kind.FORBIDDEN, detail);
    }

    public static VillageForbidden toRead(String village) {
        return new VillageForbidden("您的账号无权查看村「" + village + "」的数据");
    }
}
