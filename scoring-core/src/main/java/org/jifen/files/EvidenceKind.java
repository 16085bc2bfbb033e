package org.jifen.files;

/** What a piece of evidence is: a photo, a PDF document, or a note on its own. */
public enum EvidenceKind { PHOTO, PDF, NOTE }
