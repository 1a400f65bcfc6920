package dev.plimsoll.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.interpolate.Interpolation;
import dev.plimsoll.compose.model.ModelReader;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YamlReader;
import dev.plimsoll.compose.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any bytes as a compose file, through every loading step that needs no disk: YAML, interpolation,
 * the schema, normalization, merging the file over itself, the model and printing. Each input loads
 * or is refused with a one-line {@link BadInputException} naming the file; never a stack overflow,
 * a hang or another exception. Seeds: a corpus project, anchors and merge keys, tags, an alias
 * bomb, deep nesting, interpolation.
 */
class ComposeFileFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void loadsOrRefuses(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      YNode root = YamlReader.read("compose.yaml", text);
      if (!(root instanceof YMap map)) {
        return;
      }
      YMap interpolated = (YMap) new Interpolation(Map.of("A", "1", "E", "")).apply(map);
      SchemaCheck.validate((YMap) Merger.strip(interpolated));
      YMap normalized = new Normalizer(Path.of("/p"), "/home/u").file(interpolated);
      YMap merged = (YMap) Merger.strip(Merger.merge(normalized, normalized));
      ModelReader.read("p", "/p", List.of("compose.yaml"), merged, List.of(), Set.of());
      YamlWriter.write(merged, v -> v);
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith("compose.yaml").doesNotContain("\n", "\r");
    }
  }
}
