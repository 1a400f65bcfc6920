package dev.plimsoll.compose.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Writes a tree as block-style YAML, as {@code docker compose config} prints a project. */
public final class YamlWriter {
  private YamlWriter() {}

  public static String write(YNode node) {
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(Integer.MAX_VALUE)
            .build();
    return new Dump(settings).dumpToString(plain(node));
  }

  /** The tree as Java maps, lists, strings, numbers and booleans. */
  public static Object plain(YNode node) {
    if (node instanceof YMap m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (YMap.Entry e : m.entries()) {
        out.put(e.key(), plain(e.value()));
      }
      return out;
    }
    if (node instanceof YSeq s) {
      List<Object> out = new ArrayList<>(s.items().size());
      for (YNode item : s.items()) {
        out.add(plain(item));
      }
      return out;
    }
    return scalar((YScalar) node);
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
}
