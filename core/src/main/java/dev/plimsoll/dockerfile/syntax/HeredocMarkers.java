package dev.plimsoll.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the heredoc markers ({@code <<EOF}, {@code <<-EOF}, {@code 3<<"EOF"}) on an instruction
 * line, after BuildKit's {@code heredocsFromLine} and {@code ParseHeredoc}: the line is split into
 * shell words keeping quotes and escapes, and each word that reads {@code [digits]<<[-]word} names
 * a heredoc. A delimiter with any quoted part turns expansion off, as in POSIX sh. As in BuildKit's
 * current tests, {@code << EOF} with spaces before the delimiter counts too.
 */
final class HeredocMarkers {
  /** BuildKit's heredoc-capable instructions ({@code heredocDirectives}). */
  static final Set<String> COMMANDS = Set.of("add", "copy", "run");

  private HeredocMarkers() {}

  /** A marker: the delimiter, whether the body expands variables, whether tabs are stripped. */
  record Marker(String name, boolean expand, boolean chomp) {
    String written() {
      return (chomp ? "<<-" : "<<") + name;
    }
  }

  static List<Marker> find(String line, String file, int lineNumber)
      throws DockerfileSyntaxException {
    List<Marker> markers = new ArrayList<>();
    if (!line.contains("<<")) {
      return markers;
    }
    List<String> words = ShellWords.split(line, true, true).orElse(List.of());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (isBareOperator(word) && i + 1 < words.size()) {
        word = word + " " + words.get(++i);
      }
      Optional<Marker> marker = parse(word, file, lineNumber);
      marker.ifPresent(markers::add);
    }
    return markers;
  }

  private static boolean isBareOperator(String word) {
    String operator = word.substring(digits(word));
    return operator.equals("<<") || operator.equals("<<-");
  }

  private static int digits(String word) {
    int i = 0;
    while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** {@code ParseHeredoc}: {@code ^(\d*)<<(-?)([^<]*)$}, then the delimiter as one shell word. */
  static Optional<Marker> parse(String word, String file, int lineNumber)
      throws DockerfileSyntaxException {
    int i = digits(word);
    if (!word.startsWith("<<", i)) {
      return Optional.empty();
    }
    i += 2;
    boolean chomp = i < word.length() && word.charAt(i) == '-';
    String rest = word.substring(chomp ? i + 1 : i);
    if (rest.isEmpty() || rest.indexOf('<') >= 0) {
      return Optional.empty();
    }
    Optional<List<String>> words = ShellWords.split(rest, false, false);
    Optional<List<String>> raw = ShellWords.split(rest, true, false);
    if (words.isEmpty() || raw.isEmpty()) {
      throw new DockerfileSyntaxException(
          file, lineNumber, "cannot read heredoc delimiter " + rest);
    }
    if (words.get().size() != 1) {
      return Optional.empty();
    }
    if (raw.get().size() != 1) {
      throw new DockerfileSyntaxException(
          file, lineNumber, "internal lexing of heredoc produced inconsistent results: " + rest);
    }
    String name = words.get().get(0);
    boolean expand = quotes(name) == quotes(raw.get().get(0));
    return Optional.of(new Marker(name, expand, chomp));
  }

  private static int quotes(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
        count++;
      }
    }
    return count;
  }
}
