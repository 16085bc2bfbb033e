package org.jifen.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a rule's attributes ({@code enabled false}, {@code date-effective}, {@code salience}…) do to its scoring, in
 * plain Chinese. One wording for the upload's warnings, the rule in words and the version diff (ADR 0201 addendum):
 * a rule paused or dated by its attributes must read so wherever it is shown (attack tryout 9, F4).
 */
public final class RuleAttributes {

    /** Said where an attribute's effect cannot be put into words; the plan package's rule-in-words uses the same. */
    public static final String SEE_SOURCE = "（见规则原文）";
    /** Attributes that change nothing about what a plan scores. */
    private static final List<String> SILENT = List.of("dialect", "auto-focus");
    private static final Pattern HEADER = Pattern.compile(
            "(?s)^\\s*rule\\s+(?:\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S+)(?:\\s+extends\\s+(?:\"[^\"]*\"|\\S+))?(.*?)\\bwhen\\b");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\G[\\s,]*([a-z]+(?:-[a-z]+)*)(?:[ \\t]+(\"[^\"]*\"|'[^']*'|\\([^)]*\\)|-?\\d+|true|false))?[ \\t]*");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ENGLISH), DateTimeFormatter.ISO_LOCAL_DATE);

    private RuleAttributes() {
    }

    /**
     * The attributes written between a rule's name and its {@code when}, by name, values unquoted (empty for one
     * written without a value, such as {@code no-loop}). Comments and metadata ({@code @...}) are not attributes.
     */
    public static Map<String, String> of(String ruleDrl) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher header = HEADER.matcher(ruleDrl);
        if (!header.find()) {
            return attributes;
        }
        String text = header.group(1).replaceAll("//[^\\n]*|/\\*(?s:.*?)\\*/", " ")
                .replaceAll("@\\w+(?:\\([^)]*\\))?", " ").strip();
        for (String line : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            Matcher attribute = ATTRIBUTE.matcher(line);
            int at = 0;
            while (at < line.length() && attribute.find(at) && attribute.end() > at) {
                String value = attribute.group(2);
                attributes.put(attribute.group(1), value == null ? "" : unquoted(value));
                at = attribute.end();
            }
        }
        return attributes;
    }

    /** What the attributes do, each in words; empty when none changes what the rule scores. */
    public static List<String> inWords(Map<String, String> attributes) {
        List<String> words = new ArrayList<>();
        attributes.forEach((name, value) -> {
            String said = said(name, value, attributes.get("auto-focus"));
            if (said != null) {
                words.add(said);
            }
        });
        return words;
    }

    /** One attribute in words; null when it changes nothing (such as {@code enabled true}). */
    public static @Nullable String said(String name, String value, @Nullable String autoFocus) {
        if (SILENT.contains(name)) {
            return null;
        }
        return switch (name) {
            case "enabled" -> "false".equals(value) ? "已停用，不计分" : null;
            case "date-effective" -> "只给 " + date(value) + " 起（含当天）发生的事计分";
            case "date-expires" -> "只给 " + date(value) + " 以前（不含当天）发生的事计分";
            case "salience" -> "几条规则同时满足时的先后：次序 " + value + "（数大的先算）";
            case "activation-group" -> "和同组「" + value + "」的规则同时满足时，只有先算的一条计分";
            case "agenda-group", "ruleflow-group" -> "true".equals(autoFocus) || "".equals(autoFocus)
                    ? null : "写了 " + name + "「" + value + "」，却没有写 auto-focus true：这样的规则永远不会计分";
            // Said though they do nothing here (rules-guide 3.6): the reader sees every attribute the rule carries.
            case "no-loop", "lock-on-active" -> "false".equals(value) ? null
                    : "写了 " + name + "（在积分方案里没有作用，不影响计分）";
            default -> "另有设定 " + (name + " " + value).strip() + SEE_SOURCE;
        };
    }

    /**
     * Whether a date attribute's value is a day of the calendar: Drools reads 「31-Nov-2026」 leniently as 1 December
     * (attack tryout 16, D1), while every view says 31 November.
     */
    static boolean isDay(String value) {
        try {
            LocalDate.parse(unquoted(value.strip()), DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH)
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
            return true;
        } catch (DateTimeParseException noSuchDay) {
            return false;
        }
    }

    /** 「2026年12月2日」 from Drools' {@code 2-Dec-2026} (or {@code 2026-12-02}); the text as written otherwise. */
    static String date(String value) {
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate day = LocalDate.parse(value.strip(), format);
                return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
            } catch (DateTimeParseException notThisFormat) {
                // the next format
            }
        }
        return "「" + value + "」";
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
