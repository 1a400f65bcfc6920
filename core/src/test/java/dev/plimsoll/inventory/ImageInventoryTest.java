package dev.plimsoll.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.image.files.TarBuilder;
import dev.plimsoll.image.model.SyntheticImage;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.ImageSources;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageInventoryTest {
  private static final Path DIVE = Path.of(System.getProperty("plimsoll.corpus"), "images", "dive");
  private static final String STATUS = "var/lib/dpkg/status";
  private static final String OS_RELEASE =
      """
      PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
      ID=debian
      VERSION_ID="12"
      VERSION_CODENAME=bookworm
      """;
  private static final String ADD = "/bin/sh -c #(nop) ADD file:3c2d in / ";
  private static final String CURL = "RUN /bin/sh -c apt-get install -y curl # buildkit";
  private static final String UPGRADE = "RUN /bin/sh -c apt-get upgrade -y # buildkit";

  /** A dpkg paragraph in the shape dpkg writes it. */
  private static String deb(String name, String version, String source) {
    return "Package: "
        + name
        + "\nStatus: install ok installed\nPriority: optional\n"
        + "Architecture: amd64\n"
        + (source.isEmpty() ? "" : "Source: " + source + "\n")
        + "Version: "
        + version
        + "\nDescription: "
        + name
        + "\n the "
        + name
        + " package\n\n";
  }

  private static final String BASE =
      deb("base-files", "12.4+deb12u5", "") + deb("libc6", "2.36-9+deb12u4", "glibc");

  @ParameterizedTest
  @ValueSource(strings = {"test-docker-image.tar", "test-kaniko-image.tar"})
  void divesBusyboxImagesHoldNoPackages(String archive) throws Exception {
    try (ImageSource source = ImageSources.open("docker-archive:" + DIVE.resolve(archive))) {
      Inventory inventory = Inventory.ofImage(source);
      assertThat(inventory.packages()).isEmpty();
      assertThat(inventory.os()).isEmpty();
      assertThat(inventory.skipped()).isEmpty();
    }
  }

  @Test
  void eachPackageCarriesTheLayerThatAddedIt() throws Exception {
    SyntheticImage image =
        new SyntheticImage()
            .layer(ADD, new TarBuilder().file("etc/os-release", OS_RELEASE).file(STATUS, BASE))
            .noLayer("ENV DEBIAN_FRONTEND=noninteractive")
            .layer(
                CURL,
                new TarBuilder()
                    .file(STATUS, BASE + deb("curl", "7.88.1-10+deb12u5", ""))
                    .file(
                        "usr/lib/python3/dist-packages/six-1.16.0.dist-info/METADATA",
                        "Metadata-Version: 2.1\nName: six\nVersion: 1.16.0\n\nsix\n"))
            .layer(
                UPGRADE,
                new TarBuilder()
                    .file(
                        STATUS,
                        deb("base-files", "12.4+deb12u5", "")
                            + deb("libc6", "2.36-9+deb12u7", "glibc")
                            + deb("curl", "7.88.1-10+deb12u5", ""))
                    .whiteout("usr/lib/python3/dist-packages/six-1.16.0.dist-info"));

    Inventory inventory = Inventory.ofImage(image);

    assertThat(inventory.os())
        .hasValue(
            new OsRelease(
                "debian", opt("12"), opt("bookworm"), opt("Debian GNU/Linux 12 (bookworm)")));
    assertThat(inventory.packages())
        .extracting(Listing::line)
        .containsExactly(
            "pkg:deb/debian/base-files@12.4%2Bdeb12u5?arch=amd64&distro=debian-12"
                + "  DEB base-files 12.4+deb12u5  source base-files 12.4+deb12u5"
                + "  at var/lib/dpkg/status  layer 0  by "
                + ADD,
            "pkg:deb/debian/curl@7.88.1-10%2Bdeb12u5?arch=amd64&distro=debian-12"
                + "  DEB curl 7.88.1-10+deb12u5  source curl 7.88.1-10+deb12u5"
                + "  at var/lib/dpkg/status  layer 1  by "
                + CURL,
            "pkg:deb/debian/libc6@2.36-9%2Bdeb12u7?arch=amd64&distro=debian-12"
                + "  DEB libc6 2.36-9+deb12u7  source glibc 2.36-9+deb12u7"
                + "  at var/lib/dpkg/status  layer 2  by "
                + UPGRADE);
  }

  @Test
  void aDatabaseDeletedAndWrittenAgainStartsItsLineageAgain() throws Exception {
    SyntheticImage image =
        new SyntheticImage()
            .layer(ADD, new TarBuilder().file(STATUS, BASE))
            .layer("RUN rm -rf /var/lib/dpkg", new TarBuilder().whiteout("var/lib/dpkg"))
            .layer("COPY status /var/lib/dpkg/status", new TarBuilder().file(STATUS, BASE));

    assertThat(Inventory.ofImage(image).packages())
        .extracting(p -> p.name() + " " + p.layer().orElseThrow())
        .containsExactly("base-files 2", "libc6 2");
  }

  @Test
  void aStatusFileThatDoesNotParseIsSkippedWithALayerAndANote() throws Exception {
    SyntheticImage image =
        new SyntheticImage()
            .layer(ADD, new TarBuilder().file(STATUS, BASE))
            .layer(CURL, new TarBuilder().file(STATUS, "Package: x\nnot a field\n"));

    Inventory inventory = Inventory.ofImage(image);

    assertThat(inventory.packages()).isEmpty();
    assertThat(inventory.skipped())
        .containsExactly("layer 1: var/lib/dpkg/status:2: dpkg: not a field: not a field");
  }

  private static java.util.Optional<String> opt(String s) {
    return java.util.Optional.of(s);
  }
}
