package org.jifen.scoring;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.jifen.problem.Unprocessable;

/** The village's plan lists its event types (catalog.csv), and this one is not among them. */
public class UnknownEventType extends Unprocessable {

    private final TreeSet<String> known;

    public UnknownEventType(String type, Collection<String> known) {
        super("本村的事件类型清单里没有「" + type + "」，未记录。请从清单中选择，或请村管理员把它加入 catalog.csv");
        this.known = new TreeSet<>(known);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("knownTypes", known);
    }
}
