package org.jifen.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.csv.QuoteMode;

/**
 * Every CSV the service reads or writes, through Apache Commons CSV (ADR 0187), so that quotes, line breaks inside
 * quotes, byte-order marks, full-width commas and row numbers are the same everywhere.
 *
 * <p>Written for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK and garbles it), CRLF
 * line ends, a cell in double quotes where it holds a comma, a quote or a line break, and text cells that cannot start
 * a formula. Read as Excel writes it: a cell in double quotes may hold commas, line breaks and doubled quotes; only
 * the ASCII comma separates (a full-width 「，」 is text); a record's number is the row Excel shows it in, so a line
 * break inside quotes does not count; each cell stripped of spaces. Read leniently, as a clerk's file comes: a quote
 * left open runs to the end of the file, text after a closing quote joins the cell.
 */
public final class Csv {

    private static final CSVFormat WRITTEN = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

    private static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false) // a blank line still takes a row number
            .setIgnoreSurroundingSpaces(true) // so that  "李,秀英" is one quoted cell
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setLenientEof(true)
            .setTrailingData(true)
            .get();

    /** A record with the row number Excel shows beside it, its cells stripped. */
    public record Record(int row, List<String> cells) {
    }

    private final StringBuilder csv = new StringBuilder("\uFEFF");
    private final CSVPrinter printer;

    public Csv() {
        try {
            printer = new CSVPrinter(csv, WRITTEN);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
    }

    /** A line of cells; text cells should go through {@link #text}. */
    public Csv line(List<String> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
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

    /** The records of a CSV text (a byte-order mark at its start is not part of the first cell), blank ones too. */
    public static List<Record> read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(READ).get()) {
            List<Record> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(new Record(Math.toIntExact(record.getRecordNumber()), cells(record)));
            }
            return records;
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
    }

    /**
     * The cells of one line, separated by {@code separator} alone (the ASCII comma, or 「，」 for a catalog line typed
     * in Chinese), as the plan's files are read line by line.
     */
    public static List<String> cells(String line, char separator) {
        CSVFormat format = separator == ',' ? READ : READ.builder().setDelimiter(separator).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line)).setFormat(format).get()) {
            List<String> cells = new ArrayList<>();
            for (CSVRecord record : parser) {
                cells.addAll(cells(record));
            }
            return cells.isEmpty() ? List.of("") : cells;
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cell -> cells.add(cell.strip()));
        return cells;
    }
}
