package dev.plimsoll.secrets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fixture under {@code fixtures/secrets/GROUP/}: a file whose {@code # expect: ID} or {@code //
 * expect: ID} lines name the detector expected on the next line that is not a marker. The markers
 * are blanked before the scan, so the lines keep their numbers. The file's path for the scan (and
 * the path allow-list) is relative to its group's folder.
 */
final class SecretFixture {
  private final Path file;
  private final String path;
  private final byte[] content;
  private final List<String> expected;

  private SecretFixture(Path file, String path, byte[] content, List<String> expected) {
    this.file = file;
    this.path = path;
    this.content = content.clone();
    this.expected = List.copyOf(expected);
  }

  Path file() {
    return file;
  }

  /** The content as scanned, without its markers, as text. */
  String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  /** {@code LINE ID} for each finding the markers expect, sorted. */
  List<String> expected() {
    return expected;
  }

  static final Path ROOT = Path.of("src/test/resources/fixtures/secrets");

  private static final Pattern MARKER = Pattern.compile("^\\s*(?:#|//)\\s*expect:\\s*(\\S+)\\s*$");

  static List<SecretFixture> all() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      List<SecretFixture> out = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.add(read(file));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The group: the first folder under the root, a detector's id or an allow-list's name. */
  String group() {
    return ROOT.relativize(file).getName(0).toString();
  }

  private static SecretFixture read(Path file) throws IOException {
    Path relative = ROOT.relativize(file);
    String path = relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
    byte[] bytes = Files.readAllBytes(file);
    if (new String(bytes, StandardCharsets.UTF_8).indexOf('\0') >= 0) {
      return new SecretFixture(file, path, bytes, List.of());
    }
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    List<String> expected = new ArrayList<>();
    List<String> waiting = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.matches()) {
        waiting.add(m.group(1));
        lines[i] = "";
      } else {
        for (String id : waiting) {
          expected.add((i + 1) + " " + id);
        }
        waiting.clear();
      }
    }
    byte[] stripped = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return new SecretFixture(file, path, stripped, List.copyOf(new TreeSet<>(expected)));
  }

  SecretScanner.FileScan scan(SecretScanner scanner) throws IOException {
    return scanner.scan(path, new ByteArrayInputStream(content), OptionalInt.empty());
  }

  /** The findings as the markers write them: {@code LINE ID}. */
  static List<String> found(SecretScanner.FileScan scan) {
    TreeSet<String> out = new TreeSet<>();
    scan.findings().forEach(f -> out.add(f.line() + " " + f.detector()));
    return List.copyOf(out);
  }

  /** One line of the content, as scanned. */
  String line(int number) {
    return text().split("\n", -1)[number - 1];
  }
}
