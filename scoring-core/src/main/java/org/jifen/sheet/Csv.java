package org.jifen.sheet;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK and garbles it), CRLF line
 * ends, and text cells that cannot start a formula.
 */
public final class Csv {

    private final StringBuilder csv = new StringBuilder("\uFEFF");

    /** A line of cells; text cells should go through {@link #text}. */
    public Csv line(List<String> cells) {
        csv.append(cells.stream().map(Csv::quoted).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    public Csv line(String... cells) {
        return line(List.of(cells));
    }

    /** A text cell Excel would take for a formula (=, +, -, @, tab, CR) is shown as text (OWASP "CSV injection"). */
    public static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
