package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The awards a rule's consequence makes, read once: each call's kind and, when it is a written number (alone or times
 * the event's quantity), its points each time. The checks that hold names and caps against points share this reading.
 */
record WrittenAwards(List<Call> calls) {

    private static final Pattern CALL = Pattern.compile("awards\\.(add|bonus|veto)\\(");
    /** The points of each time (or each one of the quantity): {@code awards.add(2, ...)} or {@code add(2 * $e...}. */
    private static final Pattern POINTS_EACH = Pattern.compile(
            "awards\\.(?:add|bonus)\\(\\s*([+-]?\\d{1,9})\\s*(?:,|\\*\\s*\\$\\w+\\.getQuantity\\(\\)\\s*,)");

    /**
     * One call: {@code points} is null for a veto and for points that are not a written number; {@code timesQuantity}
     * when they are given for each one of the event's quantity; {@code bonus} for 附加分, outside the month's base.
     */
    record Call(boolean veto, @Nullable Long points, boolean timesQuantity, boolean bonus, boolean minus) {
    }
    /** An add or bonus whose points begin with a minus: {@code awards.add(-$e.intAttr("面积"), ...)}. */
    private static final Pattern MINUS = Pattern.compile("awards\\.(?:add|bonus)\\(\\s*-");

    static WrittenAwards of(String consequence) {
        List<Call> calls = new ArrayList<>();
        Matcher call = CALL.matcher(consequence);
        Matcher points = POINTS_EACH.matcher(consequence);
        Matcher minus = MINUS.matcher(consequence);
        while (call.find()) {
            boolean veto = call.group(1).equals("veto");
            boolean written = !veto && points.find(call.start()) && points.start() == call.start();
            calls.add(new Call(veto, written ? Long.parseLong(points.group(1)) : null,
                    written && points.group().contains("getQuantity"), call.group(1).equals("bonus"),
                    minus.find(call.start()) && minus.start() == call.start()));
        }
        return new WrittenAwards(List.copyOf(calls));
    }

    /** Whether every add and bonus has written points. */
    boolean allWritten() {
        return calls.stream().allMatch(call -> call.veto() || call.points() != null);
    }

    /** The written points of the adds and bonuses, in order. */
    List<Long> points() {
        return calls.stream().filter(call -> call.points() != null).map(Call::points).toList();
    }
}
