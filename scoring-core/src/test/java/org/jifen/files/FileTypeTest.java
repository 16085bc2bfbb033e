package org.jifen.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Evidence types are recognised by their first bytes alone. */
class FileTypeTest {

    @Test
    void photosAndPdfsAreKnownByTheirMagicNumbers() {
        assertThat(FileType.of(bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x00))).contains(FileType.JPEG);
        assertThat(FileType.of(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0))).contains(FileType.PNG);
        assertThat(FileType.of(ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "))).contains(FileType.WEBP);
        assertThat(FileType.of(ascii("%PDF-1.7\n"))).contains(FileType.PDF);
        assertThat(FileType.JPEG.contentType()).isEqualTo("image/jpeg");
        assertThat(FileType.WEBP.kind()).isEqualTo(EvidenceKind.PHOTO);
        assertThat(FileType.PDF.kind()).isEqualTo(EvidenceKind.PDF);
    }

    @Test
    void anythingElseIsNoneOfThemWhateverItIsCalled() {
        assertThat(FileType.of(ascii("<html><body>照片</body></html>"))).isEmpty();
        assertThat(FileType.of(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isEmpty();
        assertThat(FileType.of(ascii("GIF89a"))).isEmpty();
        assertThat(FileType.of(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).as("a RIFF file that is not WebP")
                .isEmpty();
        assertThat(FileType.of(ascii(" %PDF-1.7"))).as("the signature must come first").isEmpty();
        assertThat(FileType.of(bytes(0xFF, 0xD8))).as("too short to be sure").isEmpty();
        assertThat(FileType.of(new byte[0])).isEmpty();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
