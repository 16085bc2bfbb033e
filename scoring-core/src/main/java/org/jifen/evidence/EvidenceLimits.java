package org.jifen.evidence;

/** How much evidence an event may carry; each file's own limits are {@link org.jifen.files.FileLimits}. */
public final class EvidenceLimits {

    public static final int MAX_ITEMS_PER_EVENT = 10;
    public static final int MAX_NOTE_CHARS = 1000;

    private EvidenceLimits() {
    }
}
