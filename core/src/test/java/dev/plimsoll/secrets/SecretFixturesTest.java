package dev.plimsoll.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture under {@code fixtures/secrets}: the findings are exactly those its markers expect,
 * and no finding carries its secret.
 */
class SecretFixturesTest {
  private static final SecretScanner SCANNER = SecretScanner.builtin();

  @TestFactory
  Stream<DynamicTest> eachFixtureGetsWhatItsMarkersExpect() {
    return SecretFixture.all().stream()
        .map(
            fixture ->
                DynamicTest.dynamicTest(
                    SecretFixture.ROOT.relativize(fixture.file()).toString(),
                    () -> {
                      List<String> found = SecretFixture.found(fixture.scan(SCANNER));
                      assertThat(found)
                          .as("%s%nexpected %s%ncame %s", fixture.text(), fixture.expected(), found)
                          .isEqualTo(fixture.expected());
                    }));
  }

  @Test
  void everyDetectorHasAPositiveAndANegativeFixtureAndADocEntry() throws Exception {
    String doc = Files.readString(Path.of("../docs/secrets.md"));
    for (Detector d : Detectors.ALL) {
      List<SecretFixture> own =
          SecretFixture.all().stream().filter(f -> f.group().equals(d.id())).toList();
      assertThat(own)
          .as(d.id() + ": a fixture that expects it")
          .anyMatch(f -> f.expected().stream().anyMatch(e -> e.endsWith(" " + d.id())));
      assertThat(own)
          .as(d.id() + ": a fixture without findings")
          .anyMatch(f -> f.expected().isEmpty());
      assertThat(doc).as("docs/secrets.md lists " + d.id()).contains("`" + d.id() + "`");
    }
  }

  @Test
  void detectorIdsAreUniqueAndLowerCase() {
    TreeSet<String> ids = new TreeSet<>();
    for (Detector d : Detectors.ALL) {
      assertThat(ids.add(d.id())).as("unique " + d.id()).isTrue();
      assertThat(d.id()).matches("[a-z0-9-]+");
      assertThat(d.keywords()).isNotEmpty().allMatch(k -> k.equals(k.toLowerCase(Locale.ROOT)));
    }
  }

  /**
   * Scans every fixture and serializes the findings as a report would: no five characters in a row
   * of a secret, past the four its excerpt may show, appear anywhere in them.
   */
  @Test
  void noFindingCarriesItsSecret() throws Exception {
    ObjectMapper json = new ObjectMapper();
    int checked = 0;
    for (SecretFixture fixture : SecretFixture.all()) {
      for (SecretFinding f : fixture.scan(SCANNER).findings()) {
        String secret =
            fixture.line(f.line()).substring(f.column() - 1, f.column() - 1 + f.length());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rule", f.detector());
        fields.put("title", f.title());
        fields.put("severity", f.severity().name());
        fields.put("path", f.path());
        fields.put("line", f.line());
        fields.put("column", f.column());
        fields.put("length", f.length());
        fields.put("excerpt", f.excerpt());
        String serialized = json.writeValueAsString(fields) + f;
        assertThat(f.excerpt())
            .hasSizeLessThanOrEqualTo(4 + SecretFinding.MASK.length())
            .endsWith(SecretFinding.MASK);
        assertThat(secret).hasSizeGreaterThanOrEqualTo(8);
        assertThat(serialized).doesNotContain(secret.substring(4));
        for (int i = 4; i + 5 <= secret.length(); i++) {
          // Past the four an excerpt may show, no five characters in a row.
          if (!secret.substring(i, i + 5).matches("-+|[A-Z ]+")) {
            assertThat(serialized).doesNotContain(secret.substring(i, i + 5));
          }
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(30);
  }
}
