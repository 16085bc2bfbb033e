package org.jifen.evidence;

/**
 * How much evidence an event may carry. The multipart limits of the web layer are set a little above the file limit,
 * so that a file just over it is refused here, in the caller's terms.
 */
public final class EvidenceLimits {

    /** 5 MB: a phone photo, or a scanned page or two as PDF. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ITEMS_PER_EVENT = 10;
    public static final int MAX_NOTE_CHARS = 1000;
    public static final int MAX_NAME_CHARS = 120;

    private EvidenceLimits() {
    }
}
