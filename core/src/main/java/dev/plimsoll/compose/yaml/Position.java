package dev.plimsoll.compose.yaml;

/**
 * Where a YAML node starts: the file as the user named it and the 1-based line.
 *
 * @param file the file, as named on the command line or found by discovery
 * @param line 1-based line; 0 for a node the loader made (a default it filled in)
 */
public record Position(String file, int line) {
  /** For nodes the loader makes, with no place in any file. */
  public static final Position NONE = new Position("", 0);

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
