package org.jifen.files;

import java.util.Map;
import org.jifen.problem.TooLarge;

/** A file bigger than evidence may be; nothing is stored. */
public class EvidenceTooLarge extends TooLarge {

    private final long size;

    public EvidenceTooLarge(String fileName, long size) {
        super("文件「" + fileName + "」有 " + size + " 字节，超过了每个文件 "
                + FileLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB（" + FileLimits.MAX_FILE_BYTES
                + " 字节）的上限。请压缩照片或分成几份上传。");
        this.size = size;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("size", size, "maxSize", FileLimits.MAX_FILE_BYTES);
    }
}
