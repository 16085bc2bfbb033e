package org.jifen.files;

/** The bytes of one piece of evidence, to download, with the type read from them when they were stored. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {
}
