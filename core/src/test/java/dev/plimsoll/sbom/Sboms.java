package dev.plimsoll.sbom;

import dev.plimsoll.image.files.TarBuilder;
import dev.plimsoll.image.model.SyntheticImage;
import dev.plimsoll.inventory.Ecosystem;
import dev.plimsoll.inventory.FoundPackage;
import dev.plimsoll.inventory.Inventory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * SBOMs of the inventory's real fixtures, with a fixed time and serial so goldens can hold them.
 */
final class Sboms {
  static final List<String> FOLDERS =
      List.of("alpine", "debian", "distroless", "fedora", "node", "ruby", "rust");

  static final Instant CREATED = Instant.parse("2025-01-02T03:04:05Z");
  static final UUID SERIAL = UUID.fromString("3b241101-e2bb-4255-8caf-4136c566a962");

  private static final Path ROOT = Path.of("src/test/resources/dev/plimsoll/inventory/folders");

  static final String IMAGE_ID =
      "sha256:0b3d6b8e7f1c2a4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5";

  static final String ADD = "/bin/sh -c #(nop) ADD file:3c2d in / ";
  static final String RUN = "RUN /bin/sh -c npm install lodash@4.17.15 # buildkit";

  private Sboms() {}

  static Sbom folder(String name) throws Exception {
    return fixed(new SbomSubject.Folder(name), Inventory.ofFolder(ROOT.resolve(name)));
  }

  /** A Debian base and an npm package installed by a later layer. */
  static Sbom image() throws Exception {
    SyntheticImage image =
        new SyntheticImage()
            .tags("app:1.0")
            .layer(
                ADD,
                new TarBuilder()
                    .file(
                        "etc/os-release",
                        "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n")
                    .file(
                        "var/lib/dpkg/status",
                        """
                        Package: libc6
                        Status: install ok installed
                        Architecture: amd64
                        Source: glibc
                        Version: 2.36-9+deb12u4
                        Description: libc

                        """))
            .layer(
                RUN,
                new TarBuilder()
                    .file(
                        "app/node_modules/lodash/package.json",
                        "{\"name\": \"lodash\", \"version\": \"4.17.15\", \"license\": \"MIT\"}"));
    SbomSubject.Image subject = SbomSubject.of(image);
    // SyntheticImage's config digest is short; a real image ID is 64 hex digits.
    return fixed(
        new SbomSubject.Image(subject.name(), IMAGE_ID, subject.layers()),
        Inventory.ofImage(image));
  }

  /** One npm package declaring {@code licenses}, found outside any image. */
  static Sbom declaring(String... licenses) {
    FoundPackage p =
        new FoundPackage(
            Ecosystem.NPM,
            "left-pad",
            "1.3.0",
            "pkg:npm/left-pad@1.3.0",
            Optional.empty(),
            List.of(licenses),
            "package-lock.json",
            OptionalInt.empty(),
            Optional.empty());
    return fixed(
        new SbomSubject.Folder("project"), new Inventory(Optional.empty(), List.of(p), List.of()));
  }

  static Sbom fixed(SbomSubject subject, Inventory inventory) {
    return new Sbom(subject, inventory, "0.5.0", CREATED, SERIAL);
  }

  static String write(SbomFormat format, Sbom sbom) {
    StringWriter out = new StringWriter();
    try {
      format.write(sbom, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
