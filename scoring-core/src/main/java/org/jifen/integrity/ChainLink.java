package org.jifen.integrity;

/** Where an entry was linked into its chain: its position, its hash, and the number of the format that made it. */
public record ChainLink(long seq, String hash, int format) {
}
