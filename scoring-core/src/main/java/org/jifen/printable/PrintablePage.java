package org.jifen.printable;

import org.jifen.notice.NoticeHtml;

/**
 * The frame of a printable page: {@code <!DOCTYPE html>} to {@code <body>} with the one stylesheet, and the end. No
 * script, nothing loaded: the response's Content-Security-Policy ({@link #POLICY}) allows exactly this stylesheet.
 */
public final class PrintablePage {

    private static final String STYLE = """
            body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 1em;
                   color: #111; line-height: 1.45; }
            h1 { font-size: 1.35em; margin: 0.2em 0 0.4em; text-align: center; }
            h2 { font-size: 1.1em; margin: 1.1em 0 0.3em; border-bottom: 1px solid #888; }
            p.intro, p.meta { color: #333; margin: 0.3em 0; }
            table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; font-size: 0.95em; }
            th, td { border: 1px solid #999; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            .receipt { max-width: 22em; margin: 0 auto; border: 1px dashed #555; padding: 0.8em; }
            .receipt table, .receipt td { border: none; padding: 0.1em 0.2em; }
            .cancelled { border: 2px solid #b00; color: #b00; padding: 0.3em; text-align: center; }
            .stars { color: #b60; letter-spacing: 0.1em; }
            footer { margin-top: 1.5em; font-size: 0.85em; color: #444; }
            @media print { body { margin: 0; } }
            """;

    /** The Content-Security-Policy of a printable page: nothing to load, no script, the one stylesheet by hash. */
    public static final String POLICY = "default-src 'none'; style-src " + NoticeHtml.styleSource(STYLE)
            + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private PrintablePage() {
    }

    /** Starts a page with its title. */
    public static StringBuilder start(String title) {
        return new StringBuilder(8192).append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    /** Ends a page. */
    public static String end(StringBuilder html) {
        return html.append("</body>\n</html>\n").toString();
    }

    public static String escape(String text) {
        return NoticeHtml.escape(text);
    }
}
