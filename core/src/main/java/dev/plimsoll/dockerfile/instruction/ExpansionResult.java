package dev.plimsoll.dockerfile.instruction;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one shell word became.
 *
 * @param value the word with variables expanded and quotes removed (BuildKit's {@code Result})
 * @param words the same text split into words on unquoted white space that came from the source or
 *     from an expanded variable (BuildKit's {@code Words})
 * @param used names that were looked up and set, in order of first reference ({@code Matched})
 * @param unmatched names that were looked up but not set ({@code Unmatched}); BuildKit's {@code
 *     UndefinedVar} check reports these
 */
public record ExpansionResult(
    String value, List<String> words, Set<String> used, Set<String> unmatched) {

  public ExpansionResult {
    words = List.copyOf(words);
    used = Collections.unmodifiableSet(new LinkedHashSet<>(used));
    unmatched = Collections.unmodifiableSet(new LinkedHashSet<>(unmatched));
  }
}
