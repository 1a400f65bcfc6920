package dev.plimsoll.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaArchiveTest {
  private static final String COMMONS_COMPRESS =
      "pkg:maven/org.apache.commons/commons-compress@1.28.0";

  @TempDir Path root;

  @Test
  void aRealJarIsNamedByItsPomProperties() throws Exception {
    Files.copy(Jars.commonsCompress(), root.resolve("commons-compress-1.28.0.jar"));
    assertThat(purls(Inventory.ofFolder(root))).containsExactly(COMMONS_COMPRESS);
    FoundPackage p = Inventory.ofFolder(root).packages().get(0);
    assertThat(p.name()).isEqualTo("org.apache.commons:commons-compress");
    assertThat(p.path()).isEqualTo("commons-compress-1.28.0.jar");
  }

  @Test
  void aSpringBootJarListsItselfAndEveryNestedJar() throws Exception {
    byte[] bundle =
        new Jars()
            .text(
                "META-INF/MANIFEST.MF",
                "Manifest-Version: 1.0\r\nBundle-SymbolicName: org.example.bundle;singleton:=true"
                    + "\r\nBundle-Version: 2.1.0\r\n\r\n")
            .build();
    byte[] plain = new Jars().text("org/example/Util.class", "cafebabe").build();
    byte[] app =
        new Jars()
            .text("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nStart-Class: demo.App\r\n\r\n")
            .pom("com.example", "demo", "0.0.1-SNAPSHOT")
            .text("BOOT-INF/classes/demo/App.class", "cafebabe")
            .stored("BOOT-INF/lib/commons-compress-1.28.0.jar", Jars.read(Jars.commonsCompress()))
            .stored("BOOT-INF/lib/bundle.jar", bundle)
            .stored("BOOT-INF/lib/plain-util-0.3.1.jar", plain)
            .stored("BOOT-INF/lib/anonymous.jar", plain)
            .build();
    Files.createDirectories(root.resolve("app"));
    Files.write(root.resolve("app/app.jar"), app);

    assertThat(Inventory.ofFolder(root).packages())
        .extracting(Listing::line)
        .containsExactly(
            "pkg:maven/com.example/demo@0.0.1-SNAPSHOT  MAVEN com.example:demo 0.0.1-SNAPSHOT"
                + "  at app/app.jar",
            COMMONS_COMPRESS
                + "  MAVEN org.apache.commons:commons-compress 1.28.0"
                + "  at app/app.jar!BOOT-INF/lib/commons-compress-1.28.0.jar",
            "pkg:maven/org.example.bundle/org.example.bundle@2.1.0"
                + "  MAVEN org.example.bundle:org.example.bundle 2.1.0"
                + "  at app/app.jar!BOOT-INF/lib/bundle.jar",
            "pkg:maven/plain-util/plain-util@0.3.1  MAVEN plain-util:plain-util 0.3.1"
                + "  at app/app.jar!BOOT-INF/lib/plain-util-0.3.1.jar");
  }

  @Test
  void anEarsWarsJarsAreFoundThreeLevelsDown() throws Exception {
    byte[] war =
        new Jars()
            .pom("com.example", "web", "1.0")
            .deflated("WEB-INF/lib/commons-compress-1.28.0.jar", Jars.read(Jars.commonsCompress()))
            .build();
    byte[] ear = new Jars().stored("web.war", war).build();
    Files.write(root.resolve("app.ear"), ear);

    assertThat(purls(Inventory.ofFolder(root)))
        .containsExactly("pkg:maven/com.example/web@1.0", COMMONS_COMPRESS);
  }

  @Test
  void archivesNestedDeeperThanThreeAreNotOpened() throws Exception {
    byte[] jar = new Jars().pom("com.example", "deep", "1.0").build();
    for (int i = 0; i < 4; i++) {
      jar = new Jars().stored("lib/level" + i + ".jar", jar).build();
    }
    Files.write(root.resolve("outer.jar"), jar);
    assertThat(purls(Inventory.ofFolder(root))).isEmpty();
  }

  @Test
  void tooManyEntriesStopTheArchive() {
    Jars many = new Jars();
    for (int i = 0; i < 20; i++) {
      many.text("f" + i, "x");
    }
    byte[] jar = many.build();
    assertThatThrownBy(() -> new JarReading("bomb.jar", 10, 1 << 20).read(stream(jar)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("bomb.jar: more than 10 archive entries");
  }

  @Test
  void tooManyInflatedBytesStopTheArchive() {
    byte[] jar = new Jars().deflated("zeros", new byte[1 << 20]).build();
    assertThat(jar.length).isLessThan(8 * 1024);
    assertThatThrownBy(() -> new JarReading("bomb.jar", 10, 64 * 1024).read(stream(jar)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("more than 65536 bytes");
  }

  @Test
  void aCorruptJarIsSkippedWithANote() throws Exception {
    // A jar cut short inside an entry, as an interrupted download leaves it.
    Files.write(root.resolve("broken.jar"), Arrays.copyOf(Jars.read(Jars.commonsCompress()), 5000));
    Inventory inventory = Inventory.ofFolder(root);
    assertThat(inventory.packages()).isEmpty();
    assertThat(inventory.skipped()).singleElement().asString().startsWith("broken.jar: java: ");
  }

  private static ByteArrayInputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  static List<String> purls(Inventory inventory) {
    return inventory.packages().stream().map(FoundPackage::purl).toList();
  }
}
