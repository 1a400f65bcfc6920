package dev.plimsoll.dockerfile.shell;

import java.util.Optional;

/**
 * One shell word as written in a RUN script.
 *
 * @param raw the text as written, quotes and expansions included
 * @param literal the value after quote removal, when the word holds no expansion ({@code $VAR},
 *     {@code ${...}}, {@code $(...)}, backticks): the only value a rule can compare exactly
 * @param unquoted quote removal applied but expansions kept as written, e.g. {@code foo=$VERSION}
 *     for {@code "foo=$VERSION"}: for rules that look for a shape ({@code =} in an apt package)
 *     rather than a value
 * @param quoted true when any part was quoted or backslash-escaped
 * @param expanded true when the word holds an expansion, so its value is only known at build time
 * @param offset where the word starts in {@link ShellScript#text()}
 * @param line the 1-based Dockerfile line for scripts made by {@link ShellScript#of}, else the
 *     1-based line within the script
 */
public record Word(
    String raw,
    Optional<String> literal,
    String unquoted,
    boolean quoted,
    boolean expanded,
    int offset,
    int line) {

  /** The offset just after the word. */
  public int end() {
    return offset + raw.length();
  }

  /** True when the word's literal value is one of {@code values}. */
  public boolean is(String... values) {
    if (literal.isEmpty()) {
      return false;
    }
    for (String v : values) {
      if (literal.get().equals(v)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return raw;
  }
}
