package dev.plimsoll.rules.dockerfile;

/** The build context's {@code .dockerignore} patterns, as BuildKit applies them to COPY sources. */
@FunctionalInterface
public interface IgnoreMatcher {
  /**
   * True when {@code path}, a COPY or ADD source relative to the context, or a folder above it, is
   * excluded (moby/patternmatcher's {@code MatchesOrParentMatches}).
   */
  boolean excludes(String path);

  /**
   * Whether the file has {@code !} exceptions (patternmatcher's {@code Exclusions}): BuildKit skips
   * its CopyIgnoredFile check then, since a folder excluded with a file inside it re-included
   * cannot be judged from the COPY alone.
   */
  default boolean hasExceptions() {
    return false;
  }
}
