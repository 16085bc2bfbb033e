package org.jifen.engine;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event types a condition accepts by comparing the event's type, in every form the grammar admits (attack 18b,
 * N1): {@code type == "X"}, {@code "X" == type}, {@code type in ("X", "Y")}, {@code $e.getType() == "X"}, and the
 * abbreviated {@code type == "X" || == "Y"}. Read the one way by every check, so that a rule cannot hide its type
 * from one of them by writing the comparison the other way round.
 */
final class TypeTests {

    private static final String TYPE = "(?:\\btype\\b|\\bgetType\\(\\s*\\))";
    private static final Pattern TYPE_FIRST = Pattern.compile(TYPE + "\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern TYPE_LAST = Pattern.compile("\"([^\"]*)\"\\s*==\\s*(?:\\$\\w+\\s*\\.\\s*)?" + TYPE);
    private static final Pattern TYPE_IN = Pattern.compile(TYPE + "\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern ABBREVIATED = Pattern.compile("\\|\\|\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    /** A month's count of a type: {@code count("X")}, {@code sum("X", …)}, {@code latest("X", …)}. */
    private static final Pattern COUNTED = Pattern.compile("\\b(?:count|sum|latest)\\(\\s*\"([^\"]*)\"\\s*[),]");

    private TypeTests() {
    }

    /** The types whose month the expression counts, in the order written. */
    static Set<String> counted(String expression) {
        Set<String> types = new LinkedHashSet<>();
        Matcher count = COUNTED.matcher(expression);
        while (count.find()) {
            types.add(count.group(1));
        }
        return types;
    }

    /** The types the expression (a constraint, or a rule's conditions) accepts, in the order written. */
    static Set<String> accepted(String expression) {
        Set<String> types = new LinkedHashSet<>();
        for (Pattern pattern : new Pattern[] {TYPE_FIRST, TYPE_LAST}) {
            Matcher type = pattern.matcher(expression);
            while (type.find()) {
                types.add(type.group(1));
            }
        }
        Matcher in = TYPE_IN.matcher(expression);
        while (in.find()) {
            Matcher literal = LITERAL.matcher(in.group(1));
            while (literal.find()) {
                types.add(literal.group(1));
            }
        }
        if (!types.isEmpty()) {
            Matcher more = ABBREVIATED.matcher(expression);
            while (more.find()) {
                types.add(more.group(1));
            }
        }
        return types;
    }
}
