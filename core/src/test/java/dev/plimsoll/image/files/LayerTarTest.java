package dev.plimsoll.image.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayerTarTest {

  private static LayerListing read(byte[] tar) throws BadInputException {
    return LayerTar.read("layer 1", new ByteArrayInputStream(tar));
  }

  @Test
  void listsEveryKindWithNormalizedPaths() throws Exception {
    LayerListing listing =
        read(
            new TarBuilder()
                .dir("./etc/")
                .file("./etc/passwd", 120)
                .file("/usr//bin/./tool", 7)
                .symlink("bin", "usr/bin")
                .hardlink("usr/bin/tool2", "/usr/bin/tool")
                .build());
    assertThat(listing.entries())
        .extracting(LayerEntry::path, LayerEntry::kind, LayerEntry::size, LayerEntry::linkTarget)
        .containsExactly(
            tuple("etc", EntryKind.DIRECTORY, 0L, Optional.<String>empty()),
            tuple("etc/passwd", EntryKind.FILE, 120L, Optional.<String>empty()),
            tuple("usr/bin/tool", EntryKind.FILE, 7L, Optional.<String>empty()),
            tuple("bin", EntryKind.SYMLINK, 0L, Optional.of("usr/bin")),
            tuple("usr/bin/tool2", EntryKind.HARDLINK, 0L, Optional.of("usr/bin/tool")));
    assertThat(listing.contentSize()).isEqualTo(127);
    assertThat(listing.fileCount()).isEqualTo(4);
    // The whole stream counts, end-of-archive blocks included.
    assertThat(listing.tarSize()).isGreaterThan(5 * 512).isEqualTo(listing.tarSize() / 512 * 512);
  }

  @Test
  void whiteoutsNameWhatTheyRemove() throws Exception {
    LayerListing listing =
        read(new TarBuilder().whiteout("etc/old.conf").opaque("var/cache").build());
    assertThat(listing.entries())
        .extracting(LayerEntry::path, LayerEntry::kind)
        .containsExactly(
            tuple("etc/old.conf", EntryKind.WHITEOUT), tuple("var/cache", EntryKind.OPAQUE));
    assertThat(listing.fileCount()).isZero();
  }

  @Test
  void aufsMetadataIsSkipped() throws Exception {
    LayerListing listing =
        read(new TarBuilder().dir(".wh..wh.plnk").file(".wh..wh.plnk/12.34", 5).build());
    assertThat(listing.entries()).isEmpty();
  }

  @Test
  void aPathClimbingAboveTheRootIsRefused() {
    byte[] tar = new TarBuilder().file("usr/../../etc/shadow", 3).build();
    assertThatThrownBy(() -> read(tar))
        .isInstanceOf(BadInputException.class)
        .hasMessage("layer 1: entry usr/../../etc/shadow escapes the root");
  }

  @Test
  void aPathLongerThanPathMaxIsRefused() {
    byte[] tar = new TarBuilder().file("a/".repeat(2100) + "f", 1).build();
    assertThatThrownBy(() -> read(tar))
        .hasMessage("layer 1: entry " + "a/".repeat(32) + "... is longer than 4096 bytes");
  }

  @Test
  void aWhiteoutOfDotOrDotDotIsRefused() {
    byte[] tar = new TarBuilder().file("etc/.wh..", 0).build();
    assertThatThrownBy(() -> read(tar))
        .hasMessage("layer 1: entry etc/.wh.. is a whiteout of no file");
  }

  @Test
  void aHardLinkClimbingAboveTheRootIsRefused() {
    byte[] tar = new TarBuilder().hardlink("a", "../etc/shadow").build();
    assertThatThrownBy(() -> read(tar)).hasMessage("layer 1: entry ../etc/shadow escapes the root");
  }

  @Test
  void aTruncatedTarIsOneLineNamingTheLayer() {
    byte[] tar = new TarBuilder().file("big", 4000).build();
    byte[] cut = Arrays.copyOf(tar, 1024);
    assertThatThrownBy(() -> read(cut))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("layer 1: not a valid tar after entry big: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aFailingStreamIsReportedAsItselfAfterTheTarIsRead() {
    // Like a source checking digests: the stream fails at its very end, past the tar's last entry.
    byte[] tar = new TarBuilder().file("a", 10).build();
    InputStream failing = new FailsAtEnd(new ByteArrayInputStream(tar));
    assertThatThrownBy(() -> LayerTar.read("layer 1", failing))
        .isInstanceOf(BadInputException.class)
        .hasMessage("layer 1: sha256:abc does not match its bytes after entry a");
  }

  @Test
  void keepsTheAccountFilesOnlyUpToTheLimit() throws Exception {
    LayerListing listing =
        read(
            new TarBuilder()
                .file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\n")
                .file("etc/motd", "not kept\n")
                .file("etc/group", LayerTar.KEPT_LIMIT + 1)
                .file("etc/shadow", "root:*:1::::::\n")
                .hardlink("etc/gshadow", "etc/shadow")
                .file("root/etc/passwd", "elsewhere\n")
                .build());
    assertThat(listing.texts().keySet())
        .containsExactlyInAnyOrder("etc/passwd", "etc/group", "etc/shadow", "etc/gshadow");
    assertThat(listing.texts().get("etc/passwd"))
        .isEqualTo(new FileText("etc/passwd", 30, Optional.of("root:x:0:0:root:/root:/bin/sh\n")));
    // Too large: listed with its size, not held.
    assertThat(listing.texts().get("etc/group"))
        .isEqualTo(new FileText("etc/group", LayerTar.KEPT_LIMIT + 1, Optional.empty()));
    // A hard link shares the bytes its target stored.
    assertThat(listing.texts().get("etc/gshadow").content()).contains("root:*:1::::::\n");
    // The bytes of the skipped file were still read past: the listing is whole.
    assertThat(listing.entries()).hasSize(6);
  }

  @Test
  void aHardLinkToAFileNotKeptHasNoContent() throws Exception {
    LayerListing listing =
        read(
            new TarBuilder()
                .file("etc/shadow-", "root:*:1::::::\n")
                .hardlink("etc/shadow", "etc/shadow-")
                .symlink("etc/passwd", "/usr/share/passwd")
                .build());
    assertThat(listing.texts())
        .containsOnlyKeys("etc/shadow")
        .containsEntry("etc/shadow", new FileText("etc/shadow", 0, Optional.empty()));
  }

  /** A stream that fails where it ends. */
  static final class FailsAtEnd extends FilterInputStream {
    FailsAtEnd(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n < 0) {
        throw new IOException("sha256:abc does not match its bytes");
      }
      return n;
    }
  }
}
