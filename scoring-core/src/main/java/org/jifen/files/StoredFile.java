package org.jifen.files;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import org.jifen.integrity.Sha256;

/**
 * A checked upload as kept in a row (its name, the type read from its bytes, SHA-256, size and bytes), embedded by
 * the photos of typical cases and of the supermarket's items and the group's signed sheets, in columns of the same
 * names.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    private String sha256;

    @Column(name = "size_bytes")
    private int size;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected StoredFile() {
        this.fileName = "";
        this.contentType = "";
        this.sha256 = "";
        this.content = new byte[0];
    }

    /** Nothing yet: what the no-argument constructors JPA uses of the rows that embed a file start from. */
    public static StoredFile none() {
        return new StoredFile();
    }

    public StoredFile(UploadedFile file) {
        this.fileName = file.name();
        this.contentType = file.contentType();
        this.sha256 = Sha256.hex(file.content());
        this.size = file.content().length;
        this.content = file.content();
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public int getSize() {
        return size;
    }

    /** The file to answer with, bytes as stored. */
    public EvidenceFile download() {
        return new EvidenceFile(fileName, contentType, content);
    }
}
