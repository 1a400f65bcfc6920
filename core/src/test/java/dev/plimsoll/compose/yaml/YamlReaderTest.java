package dev.plimsoll.compose.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.yaml.YNode.YTag;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
  @Test
  void appliesMergeKeysWithOwnKeysWinningAndKeepsLines() throws BadInputException {
    String text =
        """
        x-a: &a
          image: a
          restart: always
        x-b: &b
          image: b
          user: b
        web:
          <<: [*a, *b]
          restart: "no"
        """;

    YMap web = ((YMap) YamlReader.read("c.yaml", text)).map("web").orElseThrow();

    assertThat(YamlWriter.plain(web).toString()).isEqualTo("{image=a, user=b, restart=no}");
    assertThat(web.entry("image").orElseThrow().keyPos()).isEqualTo(new Position("c.yaml", 2));
    assertThat(web.entry("restart").orElseThrow().keyPos().line()).isEqualTo(9);
  }

  @Test
  void aQuotedMergeKeyIsAnOrdinaryKey() throws BadInputException {
    YMap m = (YMap) YamlReader.read("c.yaml", "a: &a {x: 1}\nb:\n  \"<<\": *a\n");

    assertThat(m.map("b").orElseThrow().get("<<")).isPresent();
  }

  @Test
  void readsYaml12CoreTypesAndComposeTags() throws BadInputException {
    YMap m =
        (YMap)
            YamlReader.read(
                "c.yaml", "a: no\nb: true\nc: 010\nd: ~\ne: !reset []\nf: !override {x: 1}\n");

    assertThat(((YScalar) m.get("a").orElseThrow()).type()).isEqualTo(YScalar.Type.STRING);
    assertThat(((YScalar) m.get("b").orElseThrow()).type()).isEqualTo(YScalar.Type.BOOL);
    assertThat(((YScalar) m.get("c").orElseThrow()).type()).isEqualTo(YScalar.Type.INT);
    assertThat(((YScalar) m.get("d").orElseThrow()).isNull()).isTrue();
    assertThat(m.get("e").orElseThrow().tag()).isEqualTo(YTag.RESET);
    assertThat(m.get("f").orElseThrow().tag()).isEqualTo(YTag.OVERRIDE);
  }

  @Test
  void refusesTheBillionLaughsInOneLine() {
    StringBuilder b = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String prev = "a";
    for (int i = 0; i < 8; i++) {
      String n = "b" + i;
      b.append(n).append(": &").append(n).append(" [");
      b.append(String.join(", ", java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
      prev = n;
    }

    assertThatThrownBy(() -> YamlReader.read("bomb.yaml", b.toString()))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("bomb.yaml:")
        .hasMessageContaining("an alias bomb");
  }

  @Test
  void refusesDeepNesting() {
    String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

    assertThatThrownBy(() -> YamlReader.read("deep.yaml", deep))
        .hasMessage("deep.yaml:1: YAML nested deeper than 64 levels; refused");
  }

  @Test
  void refusesDuplicateKeysAndSyntaxErrorsWithTheirLine() {
    assertThatThrownBy(() -> YamlReader.read("c.yaml", "a: 1\nb: 2\na: 3\n"))
        .hasMessage("c.yaml:3: duplicate key 'a'");
    assertThatThrownBy(() -> YamlReader.read("c.yaml", "a:\n  b: [1\n"))
        .hasMessageStartingWith("c.yaml:3: YAML: ");
    assertThatThrownBy(() -> YamlReader.read("c.yaml", "a: *nope\n"))
        .hasMessageStartingWith("c.yaml:1: YAML:");
  }
}
