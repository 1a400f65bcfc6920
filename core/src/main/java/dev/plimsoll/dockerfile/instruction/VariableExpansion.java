package dev.plimsoll.dockerfile.instruction;

/** Expands one word in a scope, the way BuildKit's dispatcher expands instruction arguments. */
final class VariableExpansion {
  private final char escape;

  VariableExpansion(char escape) {
    this.escape = escape;
  }

  /** The expanded word; the raw word when expansion fails (rules report such failures). */
  String expandOrRaw(String word, Variables scope) {
    // Wired to ShellLex when the expansion lands.
    return word;
  }

  char escape() {
    return escape;
  }
}
