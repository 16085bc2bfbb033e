package org.jifen.evidence;

import java.util.Locale;
import java.util.Map;
import org.jifen.problem.Refusal;

/** A file bigger than evidence may be; nothing is stored. */
public class EvidenceTooLarge extends Refusal {

    private final long size;

    public EvidenceTooLarge(String fileName, long size) {
        super(Kind.TOO_LARGE, "文件「" + fileName + "」有 " + megabytes(size) + " MB，超过了每个文件 "
                + megabytes(EvidenceLimits.MAX_FILE_BYTES) + " MB 的上限。请压缩照片或分成几份上传。");
        this.size = size;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("size", size, "maxSize", EvidenceLimits.MAX_FILE_BYTES);
    }
}
