package dev.plimsoll.compose.yaml;

/**
 * One node of a compose file, after anchors, aliases and merge keys: a mapping, a sequence or a
 * scalar, each with where it starts and the Compose tag ({@code !reset}, {@code !override}) it
 * carries. Immutable: the loader's steps make new trees.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {
  Position pos();

  YTag tag();

  /** This node with another tag. */
  YNode withTag(YTag tag);

  /** How many nodes this tree holds, this one included. */
  int size();

  /** The Compose Specification's tags (merge.md): everything else is {@link #NONE}. */
  enum YTag {
    NONE,
    RESET,
    OVERRIDE
  }
}
