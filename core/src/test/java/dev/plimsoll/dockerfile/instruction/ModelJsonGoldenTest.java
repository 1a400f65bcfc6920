package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.Golden;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.DockerfileText;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code parse --dump json} of representative Dockerfiles against golden files. Refresh with {@code
 * -Dplimsoll.golden.update=true} and read the diff; never edit a golden file by hand.
 */
class ModelJsonGoldenTest {
  private static final String DIR = "dev/plimsoll/dockerfile/instruction/";

  private static String dump(String name) throws Exception {
    Path source = Path.of("src/test/resources", DIR, name + ".Dockerfile");
    String file = name + ".Dockerfile";
    Dockerfile df = Dockerfile.of(DockerfileParser.parse(file, DockerfileText.read(source, file)));
    StringWriter out = new StringWriter();
    ModelJson.write(df, out);
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"multistage", "heredocs", "onbuild"})
  void dumpMatchesGolden(String name) throws Exception {
    Golden.assertMatches(DIR + name + ".json", dump(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"multistage", "heredocs", "onbuild"})
  void everyInstructionCarriesTheContractsKeys(String name) throws Exception {
    String json = dump(name);
    assertThat(json).startsWith("{\n  \"file\": ").endsWith("}\n");
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("instructions")).isNotEmpty();
    for (JsonNode i : root.get("instructions")) {
      assertThat(i.fieldNames())
          .toIterable()
          .startsWith("keyword", "line", "endLine", "flags", "args", "stage");
      assertThat(i.get("line").asInt()).isPositive().isLessThanOrEqualTo(i.get("endLine").asInt());
    }
  }
}
