package dev.plimsoll.image.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Any bytes as an image archive, read from memory: opening refuses them with a one-line {@link
 * BadInputException} naming the archive, or gives an image whose every layer reads to its end or
 * fails with a one-line digest, decode or input error; never another exception, never a hang.
 * Seeds: small docker save archives (classic and Docker 25) and OCI archives with gzip and zstd
 * layers, made by {@code seeds.py} beside them.
 */
class ImageArchiveFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void opensOrRefuses(byte[] bytes) {
    ImageSource image;
    try {
      image =
          ImageSources.archive(
              "fuzz.tar",
              TarStore.open("fuzz.tar", new SeekableInMemoryByteChannel(bytes)),
              Optional.empty());
    } catch (BadInputException e) {
      assertOneLine(e.getMessage());
      return;
    }
    try (image) {
      assertThat(image.config().diffIds()).hasSameSizeAs(image.layers());
      for (int i = 0; i < image.layers().size(); i++) {
        try (InputStream in = image.openLayer(i)) {
          in.transferTo(OutputStream.nullOutputStream());
        } catch (BadInputException | BlobDigestException | BlobDecodeException e) {
          assertOneLine(e.getMessage());
        } catch (IOException e) {
          throw new AssertionError("layer " + i + ": an unexpected failure", e);
        }
      }
    }
  }

  private static void assertOneLine(String message) {
    assertThat(message).startsWith("fuzz.tar: ").doesNotContain("\n", "\r");
  }
}
