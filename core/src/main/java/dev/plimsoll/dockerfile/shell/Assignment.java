package dev.plimsoll.dockerfile.shell;

/**
 * {@code NAME=value} before a command name (an environment prefix, as in {@code
 * DEBIAN_FRONTEND=noninteractive apt-get install}) or on its own (a shell variable).
 *
 * @param name the variable name
 * @param word the whole word, {@code NAME=value}
 */
public record Assignment(String name, Word word) {

  /** The value's text after quote removal, expansions kept as written. */
  public String value() {
    return word.unquoted().substring(word.unquoted().indexOf('=') + 1);
  }
}
