package org.jifen.card;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a QR code back from the inline SVG {@link QrSvg} draws, the way a phone would read the printed square: the
 * modules are drawn into an image, which zxing's reader decodes. Tests use it to follow a card's QR code. The image
 * is a perfect, unrotated code, so the reader is told so (PURE_BARCODE): its general finder-pattern search misread
 * about one random card link in a few hundred, a weakness of that search on synthetic images, not of the code.
 */
public final class QrCodes {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");
    private static final int PIXELS_PER_MODULE = 4;

    private QrCodes() {
    }

    /** The text of the first QR code in the page (an SVG as {@link QrSvg} draws it). */
    public static String decode(String page) {
        int start = page.indexOf("<svg");
        if (start < 0) {
            throw new IllegalArgumentException("no inline SVG in the page");
        }
        return decodeSvg(page.substring(start, page.indexOf("</svg>", start)));
    }

    /** The texts of every QR code in the page, in order. */
    public static java.util.List<String> decodeAll(String page) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int start = page.indexOf("<svg"); start >= 0; start = page.indexOf("<svg", start + 1)) {
            texts.add(decodeSvg(page.substring(start, page.indexOf("</svg>", start))));
        }
        return texts;
    }

    private static String decodeSvg(String svg) {
        Matcher size = VIEW_BOX.matcher(svg);
        if (!size.find()) {
            throw new IllegalArgumentException("the SVG has no viewBox");
        }
        int width = Integer.parseInt(size.group(1)) * PIXELS_PER_MODULE;
        int height = Integer.parseInt(size.group(2)) * PIXELS_PER_MODULE;
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int py = y * PIXELS_PER_MODULE; py < (y + 1) * PIXELS_PER_MODULE; py++) {
                for (int px = x * PIXELS_PER_MODULE; px < (x + length) * PIXELS_PER_MODULE; px++) {
                    pixels[py * width + px] = 0;
                }
            }
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(width, height, pixels))), Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText();
        } catch (com.google.zxing.ReaderException unreadable) {
            throw new AssertionError("the QR code cannot be read", unreadable);
        }
    }
}
