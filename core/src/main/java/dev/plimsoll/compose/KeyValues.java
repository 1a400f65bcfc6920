package dev.plimsoll.compose;

import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import dev.plimsoll.compose.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The list forms of mappings ({@code - KEY=value}, {@code - name}) turned into mappings. */
final class KeyValues {
  private KeyValues() {}

  /**
   * {@code [A=1, B]} as {@code {A: "1", B: null}}; a mapping as it is; null when there is no value
   * or it has another shape (the schema reports that). A later duplicate wins, as in compose-go.
   */
  static YNode toMap(YNode n, char separator) {
    if (!(n instanceof YSeq seq)) {
      return n instanceof YMap ? n : null;
    }
    Map<String, YMap.Entry> out = new LinkedHashMap<>();
    for (YNode item : seq.items()) {
      if (!(item instanceof YScalar s) || s.isNull()) {
        return null;
      }
      String text = s.value();
      int sep = text.indexOf(separator);
      String key = sep < 0 ? text : text.substring(0, sep);
      YScalar value =
          sep < 0 ? YScalar.nil(s.pos()) : YScalar.string(text.substring(sep + 1), s.pos());
      out.remove(key);
      out.put(key, new YMap.Entry(key, s.pos(), value));
    }
    return new YMap(List.copyOf(out.values()), seq.pos(), seq.tag());
  }

  /**
   * {@code extra_hosts}: {@code host=ip} or {@code host:ip} entries, as a mapping. Each entry is
   * split at its first {@code =}, else at its first colon (an IPv6 address keeps its own), so the
   * two forms can be mixed, as compose-go's NewHostsList reads them.
   */
  static YNode hosts(YNode n) {
    if (!(n instanceof YSeq seq)) {
      return n;
    }
    List<YNode> items = new ArrayList<>();
    for (YNode item : seq.items()) {
      items.add(
          item instanceof YScalar s && !s.isNull() && s.value().indexOf('=') < 0
              ? YScalar.string(s.value().replaceFirst(":", "="), s.pos())
              : item);
    }
    return toMap(new YSeq(items, seq.pos(), seq.tag()), '=');
  }

  /** {@code [a, b]} as {@code {a: null, b: null}}. */
  static YMap namesToMap(YSeq seq) {
    List<YMap.Entry> out = new ArrayList<>();
    for (YNode item : seq.items()) {
      if (item instanceof YScalar s && !s.isNull()) {
        out.add(new YMap.Entry(s.value(), s.pos(), YScalar.nil(s.pos())));
      }
    }
    return new YMap(out, seq.pos(), seq.tag());
  }
}
