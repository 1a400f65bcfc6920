package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Paragraphs of {@code Field: value} lines (deb822(5), the format of dpkg's status file; Python's
 * core metadata uses the same email-header shape). A line that starts with a space or a tab
 * continues the field above; a blank line ends the paragraph. Field names are case-insensitive and
 * come out in lower case; only the fields asked for are kept, so a status file's long descriptions
 * are never held.
 */
final class Stanzas {
  private Stanzas() {}

  /**
   * Every paragraph, or only the first ({@code firstOnly}: Python metadata has a free-text body
   * after its headers).
   *
   * @throws BadInputException on a line that is neither a field nor a continuation, naming its line
   */
  static List<Map<String, String>> read(
      String path, InputStream in, Set<String> keep, boolean firstOnly)
      throws BadInputException, IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Map<String, String>> out = new ArrayList<>();
    Map<String, String> current = new HashMap<>();
    String field = null;
    boolean seen = false;
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        if (seen) {
          out.add(current);
          if (firstOnly) {
            return out;
          }
        }
        current = new HashMap<>();
        field = null;
        seen = false;
      } else if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (!seen) {
          throw new BadInputException(path, number, "a continuation line before any field");
        }
        if (field != null && keep.contains(field)) {
          current.merge(field, line.strip(), (a, b) -> a + "\n" + b);
        }
      } else if (!(line.startsWith("#") && !seen)) { // deb822 comments; dpkg never writes any
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new BadInputException(path, number, "not a field: " + cut(line));
        }
        field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        seen = true;
        if (keep.contains(field)) {
          current.merge(field, line.substring(colon + 1).strip(), (a, b) -> a + "\n" + b);
        }
      }
    }
    if (seen) {
      out.add(current);
    }
    return out;
  }

  private static String cut(String line) {
    return line.length() > 80 ? line.substring(0, 80) + "..." : line;
  }
}
