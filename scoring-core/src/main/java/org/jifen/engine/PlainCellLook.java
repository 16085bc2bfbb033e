package org.jifen.engine;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.jspecify.annotations.Nullable;

/**
 * The formatting a filled cell of a plan workbook may have, as an allowlist (ADR 0221, attack tryout 10, NEW-1):
 * detecting tricks one by one let near-white text, text one shade off its fill, a 1-point font, the format
 * {@code "";"";"";""} and a palette white through. So a cell is refused unless its text is clearly readable: its
 * colour resolved (rgb, theme with tint, the workbook's palette, automatic) and at least {@link #LEAST_CONTRAST} to its
 * fill, at least {@link #SMALLEST_POINTS} points, not a symbol font, a plain number format, a small indent. Each
 * refusal says what is wrong and how to fix it in Excel or WPS.
 */
final class PlainCellLook {

    /** WCAG 2 asks 3:1 for large text and for what must be recognised (1.4.3, 1.4.11); gray 808080 on white is 3.9. */
    static final double LEAST_CONTRAST = 3.0;
    /** Below this the text is a line, not words (Excel's default is 11, WPS's 11 or 12). */
    static final double SMALLEST_POINTS = 8.0;
    /** More indent levels than this push text out of an ordinary 8-character column. */
    static final int MOST_INDENT = 4;
    /** More spaces than this before or after a text push it out of an ordinary column, as an indent does. */
    static final int MOST_PADDING = 8;
    /** Fonts whose letters and digits are pictures: 「-5」 in Wingdings reads as two symbols. */
    private static final Set<String> SYMBOL_FONTS = Set.of("symbol", "webdings", "marlett", "mt extra",
            "bookshelf symbol 7", "ms outlook", "ms reference specialty", "zapfdingbats", "zapf dingbats",
            "segoe mdl2 assets", "segoe fluent icons", "holomdl2 assets");
    /**
     * Number formats that show what the cell holds: digit and date placeholders, a decimal point, thousands, percent,
     * exponent, the date separators, and the Chinese date units WPS writes in quotes; optionally a locale or Chinese
     * numerals prefix. No sections (;), no literal text other than those units, no colours, conditions or fill (*).
     */
    private static final Pattern PLAIN_FORMAT = Pattern.compile(
            "(\\[\\$-[0-9A-Fa-f]{1,8}\\]|\\[DBNum[123]\\])*[0#?,.%Ee+\\-/: ymdhsAMP年月日时分秒]*");
    private static final Pattern SHOWS_A_VALUE = Pattern.compile(".*[0#?ymdhs].*");

    /** What is wrong with a filled cell's look, and how to fix it in Excel or WPS. */
    record Fault(String what, String fix) {
    }

    private static final String CLEAR = "请选中这一格，把它改成普通的格式（「开始」→「清除」→「清除格式」），看清它写的是什么";

    private PlainCellLook() {
    }

    static @Nullable Fault of(Cell cell) {
        Fault format = numberFormat(cell);
        if (format != null) {
            return format;
        }
        org.apache.poi.ss.usermodel.Workbook book = cell.getSheet().getWorkbook();
        Fault font = font(book.getFontAt(cell.getCellStyle().getFontIndex()));
        if (font != null) {
            return font;
        }
        Fault looks = drawnOtherwise(cell, book.getFontAt(cell.getCellStyle().getFontIndex()));
        if (looks != null) {
            return looks;
        }
        Fault invisible = invisibleCharacters(cell);
        if (invisible != null) {
            return invisible;
        }
        int padding = padding(cell);
        if (padding > MOST_PADDING) {
            return new Fault("的文字前后有 " + padding + " 个空格，把字推到格子外面去了",
                    "请双击这一格，删掉文字前后的空格，看清它写的是什么");
        }
        if (cell.getCellStyle().getIndention() > MOST_INDENT) {
            return new Fault("的缩进有 " + cell.getCellStyle().getIndention() + " 级，文字被推到格子外面去了",
                    "请选中这一格，点「开始」→「减少缩进」直到文字靠边，看清它写的是什么");
        }
        if (cell.getCellStyle() instanceof XSSFCellStyle style) {
            byte[][] fill = fill(style, ((org.apache.poi.xssf.usermodel.XSSFWorkbook) book).getStylesSource());
            if (fill == null) {
                return UNKNOWN_FILL;
            }
            Fault colour = colour(rgb(style.getFont().getXSSFColor(), BLACK), fill);
            return colour != null || !(cell instanceof XSSFCell xssf) || xssf.getCellType() != CellType.STRING ? colour
                    : runs(xssf, fill);
        }
        if (cell.getCellStyle() instanceof org.apache.poi.hssf.usermodel.HSSFCellStyle style
                && book instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook legacy) {
            var palette = legacy.getCustomPalette();
            byte[][] fill = legacyFill(style, palette);
            return fill == null ? UNKNOWN_FILL
                    : colour(legacyRgb(style.getFont(legacy).getColor(), palette, BLACK), fill);
        }
        return null;
    }

    private static final Fault UNKNOWN_FILL = new Fault("的底色是渐变色或认不出的颜色，看不清上面的字", CLEAR);

    /** An .xls colour: an index into the workbook's palette (its own, if it changed the standard one). */
    private static byte @Nullable [] legacyRgb(short index, org.apache.poi.hssf.usermodel.HSSFPalette palette,
            byte[] automatic) {
        if (index == 64 || index == org.apache.poi.hssf.usermodel.HSSFFont.COLOR_NORMAL) {
            return automatic;
        }
        var colour = palette.getColor(index);
        if (colour == null) {
            return null;
        }
        short[] triplet = colour.getTriplet();
        return new byte[] {(byte) triplet[0], (byte) triplet[1], (byte) triplet[2]};
    }

    private static byte @Nullable [][] legacyFill(org.apache.poi.hssf.usermodel.HSSFCellStyle style,
            org.apache.poi.hssf.usermodel.HSSFPalette palette) {
        if (style.getFillPattern() == FillPatternType.NO_FILL) {
            return new byte[][] {WHITE};
        }
        byte[] fore = legacyRgb(style.getFillForegroundColor(), palette, BLACK);
        if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
            return fore == null ? null : new byte[][] {fore};
        }
        byte[] back = legacyRgb(style.getFillBackgroundColor(), palette, WHITE);
        return fore == null || back == null ? null : new byte[][] {fore, back};
    }

    /** Parts of a text written in another font ("rich text") are checked like the cell's own font, where they set it. */
    private static @Nullable Fault runs(XSSFCell cell, byte[][] fill) {
        XSSFRichTextString text = cell.getRichStringCellValue();
        for (int run = 0; run < text.numFormattingRuns() && run < 200; run++) {
            XSSFFont font = text.getFontOfFormattingRun(run);
            if (font == null) {
                continue;
            }
            Fault fault = font.getCTFont().sizeOfSzArray() > 0 || font.getCTFont().sizeOfNameArray() > 0 ? font(font)
                    : null;
            if (fault == null && font.getCTFont().sizeOfColorArray() > 0) {
                fault = colour(rgb(font.getXSSFColor(), BLACK), fill);
            }
            if (fault == null) {
                // 「2」 and a struck-out 「0」 read as 2 and paid 20 (attack tryout 17, RT1)
                fault = struckOrRaised(font);
            }
            if (fault != null) {
                return new Fault(fault.what().replaceFirst("^的", "里有一段字的"), fault.fix());
            }
        }
        return null;
    }

    /**
     * Shrink-to-fit shrinks the text of a narrow column to a few points, so it is refused unless the column is clearly
     * wide enough for the text (ADR 0237); strike-through reads as deleted; rotated, stacked, superscript and subscript
     * text shows a character or a speck in an ordinary row (ADR 0234, N2, N8).
     */
    private static @Nullable Fault drawnOtherwise(Cell cell, org.apache.poi.ss.usermodel.Font font) {
        org.apache.poi.ss.usermodel.CellStyle style = cell.getCellStyle();
        if (style.getShrinkToFit() && !fits(cell, font)) {
            return new Fault("设了「缩小字体填充」，这一列放不下它的字，字会缩到看不清",
                    "请选中这一格，右键 →「设置单元格格式」→「对齐」，取消「缩小字体填充」，再把这一列拉宽，看清它写的是什么");
        }
        if (style.getRotation() != 0) {
            return new Fault("的文字是斜着或竖着排的，格子里只露出一两个字",
                    "请选中这一格，右键 →「设置单元格格式」→「对齐」，把「方向」设为 0 度（横排），看清它写的是什么");
        }
        return struckOrRaised(font);
    }

    /** Strike-through reads as deleted; superscript and subscript text shows a speck (the cell's font or a run's). */
    private static @Nullable Fault struckOrRaised(org.apache.poi.ss.usermodel.Font font) {
        if (font.getStrikeout()) {
            return new Fault("的文字加了删除线，看起来像已经删掉的内容",
                    "不需要这一项就请删除它；需要就请选中这一格，按 Ctrl+5 去掉删除线");
        }
        if (font.getTypeOffset() != org.apache.poi.ss.usermodel.Font.SS_NONE) {
            return new Fault("的文字设成了上标或下标，字小得看不清",
                    "请选中这一格，右键 →「设置单元格格式」→「字体」，取消「上标」「下标」，看清它写的是什么");
        }
        return null;
    }

    /** Room for margins and for a font drawn wider than its size says. */
    private static final double MARGIN_CHARACTERS = 1;
    /** A Latin letter or digit of a proportional font may be wider than the column's unit, the width of 「0」. */
    private static final double NARROW_CHARACTER = 1.2;

    /**
     * Whether the column is wide enough for the text at its font's size, so that shrink-to-fit shrinks nothing:
     * estimated high, a Chinese character as two of the column's units (the default font's 「0」), any other as
     * {@link #NARROW_CHARACTER}, scaled by the font's size to the default font's, with a margin. A text of several
     * lines is measured as one; merged neighbours are not counted.
     */
    private static boolean fits(Cell cell, org.apache.poi.ss.usermodel.Font font) {
        String text = held(cell);
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            units += ScreenLines.width(new String(Character.toChars(c))) > 1 ? 2 : NARROW_CHARACTER;
            i += Character.charCount(c);
        }
        double standard = cell.getSheet().getWorkbook().getFontAt(0).getFontHeightInPoints();
        double scale = standard <= 0 ? 1 : Math.max(1, font.getFontHeightInPoints() / standard);
        return ReadableSize.columnCharacters(cell.getSheet(), cell.getColumnIndex())
                >= units * scale + MARGIN_CHARACTERS;
    }

    /**
     * What the cell holds, as a refusal quotes it: a number as written (3, not POI's 3.0), line breaks as ⏎ so the
     * quote stays on one line.
     */
    static String held(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return cell.toString().replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    }

    /**
     * Line breaks, tabs and invisible characters before or after a text push it out of sight under a wrapped, top-aligned
     * cell of an ordinary row (N3); control and zero-width characters anywhere are not seen but read (ADR 0234).
     */
    private static @Nullable Fault invisibleCharacters(Cell cell) {
        if (cell.getCellType() != CellType.STRING) {
            return null;
        }
        String text = cell.getStringCellValue();
        String strip = text.strip();
        if (!strip.isEmpty() && (breaks(text.substring(0, text.indexOf(strip.charAt(0))))
                || breaks(text.substring(text.lastIndexOf(strip.charAt(strip.length() - 1)) + 1)))) {
            return new Fault("的文字前后有换行，字被挤到格子外面去了",
                    "请双击这一格，删掉文字前后的空行（Alt+Enter 换出来的行），看清它写的是什么");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if ((type == Character.CONTROL && c != '\n') || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return new Fault("里有看不见的特殊字符（第 " + (i + 1) + " 个字）",
                        "请选中这一格，把内容删掉后重新打字输入（不要从网页或别的文件粘贴），看清它写的是什么");
            }
        }
        return null;
    }

    private static boolean breaks(String blank) {
        return blank.chars().anyMatch(c -> c != ' ' && c != '\u3000');
    }

    /** The spaces (of any width) before or after the text, whichever run is longer. */
    private static int padding(Cell cell) {
        if (cell.getCellType() != CellType.STRING) {
            return 0;
        }
        String text = cell.getStringCellValue();
        int before = 0;
        while (before < text.length() && blank(text.charAt(before))) {
            before++;
        }
        int after = 0;
        while (after < text.length() - before && blank(text.charAt(text.length() - 1 - after))) {
            after++;
        }
        return Math.max(before, after);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static @Nullable Fault font(org.apache.poi.ss.usermodel.Font font) {
        double points = font.getFontHeight() / 20.0;
        if (points < SMALLEST_POINTS) {
            return new Fault("的字号只有 " + number(points) + " 磅（最小 " + number(SMALLEST_POINTS) + " 磅），字小得看不清",
                    "请选中这一格，在「开始」→「字号」里选 11（或不小于 8 的字号），看清它写的是什么");
        }
        String name = font.getFontName() == null ? "" : font.getFontName().trim();
        String family = name.toLowerCase(Locale.ROOT);
        if (SYMBOL_FONTS.contains(family) || family.startsWith("wingdings") || family.startsWith("webdings")) {
            return new Fault("用的字体「" + name + "」是符号字体，数字和字母会显示成图形",
                    "请选中这一格，在「开始」→「字体」里选宋体、等线或微软雅黑，看清它写的是什么");
        }
        return null;
    }

    private static @Nullable Fault colour(byte @Nullable [] text, byte[][] fill) {
        if (text == null) {
            return new Fault("的文字颜色用的是认不出的颜色设置，看不出字是否看得清", CLEAR);
        }
        for (byte[] ground : fill) {
            double contrast = contrast(text, ground);
            if (contrast < LEAST_CONTRAST) {
                return new Fault("的文字颜色和底色一样或太接近（文字 #" + hex(text) + "，底色 #" + hex(ground) + "，对比度 "
                        + number(contrast) + "，至少要 " + number(LEAST_CONTRAST) + "），字看不清",
                        "请选中这一格，把文字颜色改成黑色（「开始」→「字体颜色」→「自动」），底色用浅色或「无填充」，看清它写的是什么");
            }
        }
        return null;
    }

    private static final byte[] BLACK = {0, 0, 0};
    private static final byte[] WHITE = {(byte) 255, (byte) 255, (byte) 255};

    /** The colours text is read against: none is white; solid is its colour; a pattern is both of its colours. */
    private static byte @Nullable [][] fill(XSSFCellStyle style, org.apache.poi.xssf.model.StylesTable styles) {
        var fills = styles.getFills();
        int id = (int) style.getCoreXf().getFillId();
        if (style.getCoreXf().isSetFillId() && id < fills.size() && fills.get(id).getCTFill().isSetGradientFill()) {
            return null;
        }
        FillPatternType pattern = style.getFillPattern();
        if (pattern == FillPatternType.NO_FILL) {
            return new byte[][] {WHITE};
        }
        byte[] fore = rgb(style.getFillForegroundXSSFColor(), BLACK);
        if (pattern == FillPatternType.SOLID_FOREGROUND) {
            return fore == null ? null : new byte[][] {fore};
        }
        byte[] back = rgb(style.getFillBackgroundXSSFColor(), WHITE);
        return fore == null || back == null ? null : new byte[][] {fore, back};
    }

    /** A colour as red, green and blue, or null when it cannot be told (a theme colour with no theme, a bad index). */
    static byte @Nullable [] rgb(@Nullable XSSFColor colour, byte[] automatic) {
        if (colour == null || colour.isAuto()) {
            return automatic;
        }
        if (colour.isIndexed() && !colour.isRGB()) {
            int index = colour.getIndex();
            if (index == 64) {
                return automatic; // the system foreground: what Excel calls 自动
            }
            if (index == 65) {
                return WHITE;
            }
            if (index == 0) {
                return BLACK; // POI leaves index 0 unresolved
            }
        }
        byte[] rgb = colour.getRGB(); // resolves the palette (the workbook's own if it has one) and a theme colour
        if (rgb == null) {
            return null;
        }
        double tint = colour.getTint();
        byte[] tinted = new byte[3];
        for (int c = 0; c < 3; c++) {
            int channel = rgb[rgb.length - 3 + c] & 0xFF;
            tinted[c] = (byte) Math.round(tint < 0 ? channel * (1 + tint) : channel * (1 - tint) + 255 * tint);
        }
        return tinted;
    }

    /** WCAG 2 contrast ratio, 1 (the same) to 21 (black on white). */
    static double contrast(byte[] a, byte[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(byte[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(byte channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /**
     * Only General, text (@) and plain numeric or date formats; a format that can show other words or nothing is not.
     * Up to three sections (positive; negative; zero, ADR 0234, N9) as zh-CN Excel writes 「数值」 ({@code 0_ }) and
     * red negatives ({@code 0;[Red]-0}, en-US {@code 0_);[Red]\(0\)}): padding {@code _x}, an escaped sign, space or
     * parenthesis, a red or black colour; the negative section must show its sign, every section a value, and a
     * negative value must show its minus (parentheses alone are not read as a deduction, ADR 0237). No text section,
     * no other text.
     */
    private static @Nullable Fault numberFormat(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        if (format == null || format.equals("General") || format.equals("@") || cell.getCellStyle().getDataFormat() == 0) {
            return null;
        }
        String[] sections = format.replaceAll("\"([年月日时分秒])\"", "$1").split(";", -1);
        boolean plain = sections.length <= 3;
        for (int i = 0; i < sections.length && plain; i++) {
            String section = sections[i].replaceFirst("^\\[(?i:red|black)\\]", "").replaceAll("_.", "")
                    .replaceAll("\\\\([ \\-()])", "$1").replace("General", "0");
            if (i == 1) {
                boolean bracketed = section.matches("[^()]*\\([^()]*\\)[^()]*");
                plain = bracketed || section.contains("-");
                section = section.replace("(", "").replace(")", "");
            } else if (section.contains("-") && !section.matches(".*[ymd年月日].*")) {
                plain = false; // a positive number or zero shown with a minus sign
            }
            plain &= PLAIN_FORMAT.matcher(section).matches() && SHOWS_A_VALUE.matcher(section).matches();
        }
        if (!plain) {
            return new Fault("的数字格式（" + format + "）不是普通格式，可能把内容藏起来或显示成别的字", CLEAR);
        }
        if (cell.getCellType() == CellType.NUMERIC && Math.abs(cell.getNumericCellValue()) < 0.5
                && !(sections.length >= 3 ? sections[2] : sections[0]).replaceAll("\"[^\"]*\"", "").matches(".*[0.].*")) {
            // 「#」 shows 0 as nothing (attack tryout 17, F5): an empty-looking cell that scores 0 or caps at 0
            return new Fault("的数字格式（" + format + "）把 " + held(cell) + " 显示成空白", "请选中这一格，右键 →「设置单元格格式」"
                    + "→「数字」→「常规」（或「开始」→「清除」→「清除格式」），看清它写的是什么");
        }
        if (sections.length > 1 && !sections[1].contains("-") && cell.getCellType() == CellType.NUMERIC
                && cell.getNumericCellValue() < 0) {
            String shown = new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
            return new Fault("的数字格式（" + format + "）把负数 " + held(cell) + " 显示成「" + shown
                    + "」，没有负号，看不出是扣分", "请选中这一格，右键 →「设置单元格格式」→「数字」→「数值」，负数选带负号的"
                    + "「-1234」（或「开始」→「清除」→「清除格式」），看清它写的是什么");
        }
        return null;
    }

    private static String hex(byte[] rgb) {
        return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 100) / 100.0);
    }
}
