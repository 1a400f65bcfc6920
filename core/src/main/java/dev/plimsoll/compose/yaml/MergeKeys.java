package dev.plimsoll.compose.yaml;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.yaml.YNode.YTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a mapping from its keys and values, applying YAML merge keys ({@code <<: *base} or {@code
 * <<: [*a, *b]}, yaml.org/type/merge.html) as compose-go does: keys written in the mapping win over
 * merged ones, and of several merged mappings the first that has a key wins. A duplicate key is an
 * error, as in compose-go. Only a plain {@code <<} merges; a quoted one is a key.
 */
final class MergeKeys {
  private MergeKeys() {}

  static YMap apply(
      String file, List<YNode> items, java.util.Set<Integer> mergeKeys, Position pos, YTag tag)
      throws BadInputException {
    Map<String, YMap.Entry> own = new LinkedHashMap<>();
    List<YMap> merged = new ArrayList<>();
    for (int i = 0; i + 1 < items.size(); i += 2) {
      YNode keyNode = items.get(i);
      YNode value = items.get(i + 1);
      if (!(keyNode instanceof YScalar key)) {
        throw new BadInputException(file, keyNode.pos().line(), "a mapping key must be a scalar");
      }
      if (mergeKeys.contains(i)) {
        collect(file, value, merged);
        continue;
      }
      String name = key.isNull() ? "null" : key.value();
      if (own.containsKey(name)) {
        throw new BadInputException(file, key.pos().line(), "duplicate key '" + name + "'");
      }
      own.put(name, new YMap.Entry(name, key.pos(), value));
    }
    if (merged.isEmpty()) {
      return new YMap(List.copyOf(own.values()), pos, tag);
    }
    Map<String, YMap.Entry> out = new LinkedHashMap<>();
    for (YMap m : merged) {
      for (YMap.Entry e : m.entries()) {
        out.putIfAbsent(e.key(), e);
      }
    }
    for (YMap.Entry e : own.values()) {
      out.remove(e.key());
      out.put(e.key(), e);
    }
    return new YMap(List.copyOf(out.values()), pos, tag);
  }

  private static void collect(String file, YNode value, List<YMap> into) throws BadInputException {
    if (value instanceof YMap m) {
      into.add(m);
    } else if (value instanceof YSeq s) {
      for (YNode item : s.items()) {
        if (!(item instanceof YMap m)) {
          throw new BadInputException(
              file, item.pos().line(), "a merge key (<<) takes mappings only");
        }
        into.add(m);
      }
    } else {
      throw new BadInputException(
          file, value.pos().line(), "a merge key (<<) takes a mapping or a list of mappings");
    }
  }
}
