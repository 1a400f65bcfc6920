package dev.plimsoll.compose.yaml;

import java.util.List;

/** A sequence. */
public record YSeq(List<YNode> items, Position pos, YTag tag, int size) implements YNode {
  public YSeq {
    items = List.copyOf(items);
  }

  public YSeq(List<YNode> items, Position pos, YTag tag) {
    this(items, pos, tag, 1 + items.stream().mapToInt(YNode::size).sum());
  }

  public YSeq(List<YNode> items, Position pos) {
    this(items, pos, YTag.NONE);
  }

  @Override
  public YSeq withTag(YTag newTag) {
    return new YSeq(items, pos, newTag, size);
  }
}
