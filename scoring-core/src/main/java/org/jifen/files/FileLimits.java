package org.jifen.files;

/**
 * How large an uploaded photo or PDF may be, and how long its name, wherever it is kept (evidence, case photos, the
 * supermarket's photos, signed sheets). The multipart limits of the web layer are set a little above the file limit,
 * so that a file just over it is refused here, in the caller's terms.
 */
public final class FileLimits {

    /** 5 MB: a phone photo, or a scanned page or two as PDF. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_NAME_CHARS = 120;

    private FileLimits() {
    }
}
