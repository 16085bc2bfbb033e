package org.jifen.files;

import org.jifen.problem.UnsupportedType;

/** A file whose bytes are not a JPEG, PNG or WebP photo or a PDF, whatever its name or declared type says. */
public class EvidenceTypeNotAllowed extends UnsupportedType {

    private final String fileName;

    public EvidenceTypeNotAllowed(String fileName) {
        super("文件「" + fileName + "」不是照片（JPEG、PNG、WebP）或 PDF 文件。"
                + "文件类型按文件内容判断，与文件名和上传时声明的类型无关。");
        this.fileName = fileName;
    }

    /** The file's name as checked (without any folder). */
    public String fileName() {
        return fileName;
    }
}
