package dev.plimsoll.dockerfile.instruction;

/** Expands one word in a scope, the way BuildKit's dispatcher expands instruction arguments. */
final class VariableExpansion {
  private final ShellLex lex;

  VariableExpansion(char escape) {
    this.lex = new ShellLex(escape);
  }

  /**
   * The expanded word; the raw word when BuildKit would fail the build on it (for example {@code
   * ${V:?msg}} with V unset). Rules that care about such failures expand again and report them.
   */
  String expandOrRaw(String word, Variables scope) {
    if (word.indexOf('$') < 0
        && word.indexOf('\\') < 0
        && word.indexOf('`') < 0
        && word.indexOf('"') < 0
        && word.indexOf('\'') < 0) {
      return word; // nothing to expand or unquote: the common case, kept allocation-free
    }
    try {
      return lex.processWord(word, scope).value();
    } catch (ExpansionException e) {
      return word;
    }
  }

  ExpansionResult expand(String word, Variables scope) throws ExpansionException {
    return lex.processWord(word, scope);
  }
}
