package dev.plimsoll.compose.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A mapping with string keys, in the order they were written. */
public record YMap(List<YMap.Entry> entries, Position pos, YTag tag, int size) implements YNode {
  /** One key and its value; the key keeps its own line, for messages about the key. */
  public record Entry(String key, Position keyPos, YNode value) {}

  public YMap {
    entries = List.copyOf(entries);
  }

  public YMap(List<Entry> entries, Position pos, YTag tag) {
    this(entries, pos, tag, 1 + entries.stream().mapToInt(e -> e.value().size()).sum());
  }

  public YMap(List<Entry> entries, Position pos) {
    this(entries, pos, YTag.NONE);
  }

  public static YMap empty(Position pos) {
    return new YMap(List.of(), pos);
  }

  public Optional<YNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  public Optional<Entry> entry(String key) {
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The value of {@code key} when it is a mapping. */
  public Optional<YMap> map(String key) {
    return get(key).filter(YMap.class::isInstance).map(YMap.class::cast);
  }

  /** The text of {@code key} when it is a scalar that is not null. */
  public Optional<String> text(String key) {
    return get(key).filter(YScalar.class::isInstance).flatMap(n -> ((YScalar) n).text());
  }

  /** This mapping with {@code key} set to {@code value}: in place when present, else last. */
  public YMap with(String key, YNode value) {
    List<Entry> out = new ArrayList<>(entries.size() + 1);
    boolean done = false;
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        out.add(new Entry(key, e.keyPos(), value));
        done = true;
      } else {
        out.add(e);
      }
    }
    if (!done) {
      out.add(new Entry(key, value.pos(), value));
    }
    return new YMap(out, pos, tag);
  }

  public YMap without(String key) {
    return new YMap(entries.stream().filter(e -> !e.key().equals(key)).toList(), pos, tag);
  }

  @Override
  public YMap withTag(YTag newTag) {
    return new YMap(entries, pos, newTag, size);
  }
}
