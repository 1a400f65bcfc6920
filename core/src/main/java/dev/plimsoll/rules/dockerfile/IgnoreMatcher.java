package dev.plimsoll.rules.dockerfile;

/** The build context's {@code .dockerignore} patterns, as BuildKit applies them to COPY sources. */
@FunctionalInterface
public interface IgnoreMatcher {
  /**
   * True when {@code path}, a COPY or ADD source relative to the context, or a folder above it, is
   * excluded (moby/patternmatcher's {@code MatchesOrParentMatches}).
   */
  boolean excludes(String path);
}
