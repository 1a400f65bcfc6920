package dev.plimsoll.compose.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Writes a tree as block-style YAML, as {@code docker compose config} prints a project. */
public final class YamlWriter {
  private YamlWriter() {}

  /**
   * The tree as YAML. Strings that YAML 1.1 reads as booleans ({@code no}, {@code on}, {@code y})
   * are quoted, so that readers still on YAML 1.1 (PyYAML, docker-compose 1.x) read them back as
   * strings.
   *
   * @param strings applied to every string value (not to keys)
   */
  public static String write(YNode node, UnaryOperator<String> strings) {
    DumpSettings settings =
        DumpSettings.builder()
            .setSchema(new Yaml11Booleans())
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(Integer.MAX_VALUE)
            .build();
    return new Dump(settings).dumpToString(plain(node, strings));
  }

  /** The tree as Java maps, lists, strings, numbers and booleans. */
  public static Object plain(YNode node) {
    return plain(node, UnaryOperator.identity());
  }

  private static Object plain(YNode node, UnaryOperator<String> strings) {
    if (node instanceof YMap m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (YMap.Entry e : m.entries()) {
        out.put(e.key(), plain(e.value(), strings));
      }
      return out;
    }
    if (node instanceof YSeq s) {
      List<Object> out = new ArrayList<>(s.items().size());
      for (YNode item : s.items()) {
        out.add(plain(item, strings));
      }
      return out;
    }
    YScalar s = (YScalar) node;
    return s.type() == YScalar.Type.STRING ? strings.apply(s.value()) : scalar(s);
  }

  private static Object scalar(YScalar s) {
    try {
      return switch (s.type()) {
        case NULL -> null;
        case BOOL -> Boolean.parseBoolean(s.value().toLowerCase(java.util.Locale.ROOT));
        case INT -> integer(s.value());
        case FLOAT -> new BigDecimal(s.value());
        case STRING -> s.value();
      };
    } catch (NumberFormatException e) {
      return s.value(); // 0x1F, 0o17, .inf: kept as written
    }
  }

  private static Object integer(String text) {
    BigInteger big = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    return big.bitLength() < 63 ? (Object) big.longValue() : big;
  }

  /** The core schema, plus YAML 1.1's booleans, so the emitter quotes them. */
  private static final class Yaml11Booleans extends CoreSchema {
    private static final Pattern BOOL11 =
        Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF");

    @Override
    public ScalarResolver getScalarResolver() {
      ScalarResolver core = super.getScalarResolver();
      return (value, implicit) ->
          implicit && BOOL11.matcher(value).matches() ? Tag.BOOL : core.resolve(value, implicit);
    }
  }
}
