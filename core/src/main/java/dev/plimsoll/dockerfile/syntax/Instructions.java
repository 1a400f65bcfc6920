package dev.plimsoll.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * BuildKit's {@code newNodeFromLine} and its dispatch table of line parsers ({@code
 * line_parsers.go}): how the arguments of each keyword become the values of a node. Keywords
 * BuildKit does not know keep one empty value, as BuildKit's {@code parseIgnore} leaves them.
 */
final class Instructions {
  private Instructions() {}

  /** What a line parser makes of the arguments. */
  private record Arguments(List<String> values, boolean json, Optional<Node> child) {
    static Arguments of(List<String> values) {
      return new Arguments(values, false, Optional.empty());
    }
  }

  /**
   * How deep {@code ONBUILD ONBUILD ...} may nest. BuildKit's parser recurses without a limit and
   * its dispatcher then refuses any chain; each level here copies the rest of the line, so a
   * 100,000-deep chain ran out of memory (and would overflow the stack). Two levels are what the
   * dump needs to show what BuildKit parses before it refuses; beyond a few, refuse with the
   * dispatcher's own message.
   */
  private static final int MAX_ONBUILD_DEPTH = 8;

  static Node node(String line, char escape, List<String> comments, String file, int start, int end)
      throws DockerfileSyntaxException {
    return node(line, escape, comments, file, start, end, 0);
  }

  private static Node node(
      String line, char escape, List<String> comments, String file, int start, int end, int depth)
      throws DockerfileSyntaxException {
    CommandLine command = CommandLine.split(line);
    String rest = command.args();
    Arguments arguments =
        switch (command.keyword().toLowerCase(Locale.ROOT)) {
          case "add", "copy", "volume" -> maybeJsonToList(rest, file, start);
          case "cmd", "entrypoint", "run", "shell" -> maybeJson(rest, file, start);
          case "arg" -> Arguments.of(Words.split(rest, escape));
          case "env" -> Arguments.of(nameValues(rest, "ENV", escape, file, start));
          case "label" -> Arguments.of(nameValues(rest, "LABEL", escape, file, start));
          case "expose", "from" -> Arguments.of(whitespaceDelimited(rest));
          case "maintainer", "stopsignal", "user", "workdir" ->
              Arguments.of(rest.isEmpty() ? List.of() : List.of(rest));
          case "healthcheck" -> healthcheck(rest, file, start);
          case "onbuild" -> onbuild(rest, escape, file, start, end, depth);
          default -> Arguments.of(List.of(""));
        };
    return new Node(
        command.keyword(),
        command.flags(),
        arguments.values(),
        arguments.json(),
        List.of(),
        arguments.child(),
        line,
        start,
        end,
        comments);
  }

  private static Arguments onbuild(
      String rest, char escape, String file, int start, int end, int depth)
      throws DockerfileSyntaxException {
    if (rest.isEmpty()) {
      return Arguments.of(List.of());
    }
    if (depth >= MAX_ONBUILD_DEPTH) {
      throw new DockerfileSyntaxException(
          file, start, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    }
    Node child = node(rest, escape, List.of(), file, start, end, depth + 1);
    return new Arguments(List.of(), false, Optional.of(child));
  }

  /** {@code parseMaybeJSON}: exec form, or the whole text as one shell-form value. */
  private static Arguments maybeJson(String rest, String file, int line)
      throws DockerfileSyntaxException {
    if (rest.isEmpty()) {
      return Arguments.of(List.of());
    }
    Optional<List<String>> json = json(rest, file, line);
    return json.isPresent()
        ? new Arguments(json.get(), true, Optional.empty())
        : Arguments.of(List.of(rest));
  }

  /** {@code parseMaybeJSONToList}: exec form, or the text split at whitespace. */
  private static Arguments maybeJsonToList(String rest, String file, int line)
      throws DockerfileSyntaxException {
    Optional<List<String>> json = json(rest, file, line);
    return json.isPresent()
        ? new Arguments(json.get(), true, Optional.empty())
        : Arguments.of(whitespaceDelimited(rest));
  }

  private static Optional<List<String>> json(String rest, String file, int line)
      throws DockerfileSyntaxException {
    Optional<JsonArray> array = JsonArray.parse(GoText.trimLeadingSpace(rest));
    if (array.isPresent() && !array.get().onlyStrings()) {
      // Valid JSON that is not a list of strings is an error, not a shell-form fallback.
      throw new DockerfileSyntaxException(
          file, line, "when using JSON array syntax, arrays must be comprised of strings only");
    }
    return array.map(JsonArray::values);
  }

  /**
   * {@code parseHealthConfig}: the first word (NONE or CMD) then the command as in {@code
   * parseMaybeJSON}. BuildKit finds the word's end byte by byte; for ASCII that is the same.
   */
  private static Arguments healthcheck(String rest, String file, int line)
      throws DockerfileSyntaxException {
    int sep = 0;
    while (sep < rest.length() && !GoText.isSpace(rest.charAt(sep))) {
      sep++;
    }
    if (sep == 0) {
      return Arguments.of(List.of());
    }
    int next = sep;
    while (next < rest.length() && GoText.isSpace(rest.charAt(next))) {
      next++;
    }
    Arguments command = maybeJson(rest.substring(next), file, line);
    List<String> values = new ArrayList<>();
    values.add(rest.substring(0, sep));
    values.addAll(command.values());
    return new Arguments(values, command.json(), Optional.empty());
  }

  /**
   * {@code parseStringsWhitespaceDelimited}: Go's {@code regexp.Split} at runs of {@code [\t\v\f\r
   * ]}, which keeps an empty piece before a leading run and after a trailing one.
   */
  static List<String> whitespaceDelimited(String rest) {
    List<String> values = new ArrayList<>();
    if (rest.isEmpty()) {
      return values;
    }
    int begin = 0;
    int i = 0;
    while (i < rest.length()) {
      if (GoText.isBlank(rest.charAt(i))) {
        values.add(rest.substring(begin, i));
        while (i < rest.length() && GoText.isBlank(rest.charAt(i))) {
          i++;
        }
        begin = i;
      } else {
        i++;
      }
    }
    values.add(rest.substring(begin));
    return values;
  }

  /**
   * {@code parseNameVal}: ENV and LABEL as key, value, separator triples. If the first word has no
   * {@code =} the old form {@code KEY value with spaces} applies (separator ""); otherwise every
   * word must be {@code key=value}.
   */
  private static List<String> nameValues(
      String rest, String keyword, char escape, String file, int line)
      throws DockerfileSyntaxException {
    List<String> words = Words.split(rest, escape);
    if (words.isEmpty()) {
      return List.of();
    }
    if (!words.get(0).contains("=")) {
      int keyEnd = 0;
      while (keyEnd < rest.length() && !GoText.isBlank(rest.charAt(keyEnd))) {
        keyEnd++;
      }
      if (keyEnd == rest.length()) {
        throw new DockerfileSyntaxException(file, line, keyword + " must have two arguments");
      }
      int valueStart = keyEnd;
      while (valueStart < rest.length() && GoText.isBlank(rest.charAt(valueStart))) {
        valueStart++;
      }
      return List.of(rest.substring(0, keyEnd), rest.substring(valueStart), "");
    }
    List<String> values = new ArrayList<>();
    for (String word : words) {
      int equals = word.indexOf('=');
      if (equals < 0) {
        throw new DockerfileSyntaxException(
            file,
            line,
            "Syntax error - can't find = in "
                + GoQuote.quote(word)
                + ". Must be of the form: name=value");
      }
      values.add(word.substring(0, equals));
      values.add(word.substring(equals + 1));
      values.add("=");
    }
    return values;
  }
}
