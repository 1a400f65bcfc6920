package dev.plimsoll.rules;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import dev.plimsoll.rules.DockerfileEngine.Offered;
import dev.plimsoll.rules.dockerfile.DockerfileRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rewrites what the rules can fix mechanically ({@code plimsoll lint --fix}): the edits offered
 * with the findings that stand under the configuration (a finding a pragma or {@code ignore} drops
 * is not fixed). Each pass lints the text, applies every fix that does not overlap an earlier one,
 * and parses the result; passes repeat until nothing is left to fix, so fixing a fixed text changes
 * nothing. A pass whose result does not parse is thrown away.
 *
 * <pre>{@code
 * Fixer.Result r = new Fixer(config).fix("Dockerfile", text);
 * if (r.changed()) Files.writeString(path, r.fixed());
 * }</pre>
 */
public final class Fixer {
  /** Enough for fixes that make room for others (two flags at one spot), with a bound. */
  private static final int PASSES = 8;

  /**
   * What fixing one text did.
   *
   * @param original the text as given
   * @param fixed the text with every fix applied
   * @param edits how many edits were applied
   * @param rules the names of the rules whose findings were fixed, sorted
   */
  public record Result(String original, String fixed, int edits, List<String> rules) {
    public Result {
      rules = List.copyOf(rules);
    }

    public boolean changed() {
      return !original.equals(fixed);
    }
  }

  private final LintConfig config;

  /** One engine per distinct per-file configuration ({@code overrides:}); most runs have one. */
  private final Map<LintConfig, DockerfileEngine> engines = new HashMap<>();

  public Fixer(LintConfig config) {
    this.config = config;
  }

  /** Fixes one text; {@code name} is the file name used while parsing. */
  public Result fix(String name, String text) {
    String current = text;
    int edits = 0;
    Set<String> rules = new TreeSet<>();
    DockerfileEngine engine =
        engines.computeIfAbsent(
            config.forFile(name), c -> new DockerfileEngine(DockerfileRules.all(), c));
    for (int pass = 0; pass < PASSES; pass++) {
      List<Offered> offered;
      try {
        offered = engine.check(Dockerfile.of(DockerfileParser.parse(name, current))).fixes();
      } catch (DockerfileSyntaxException e) {
        break;
      }
      List<Placed> chosen = choose(current, offered);
      if (chosen.isEmpty()) {
        break;
      }
      String next = apply(current, chosen);
      if (next.equals(current) || !parses(name, next)) {
        break;
      }
      current = next;
      edits += chosen.size();
      chosen.forEach(p -> rules.add(p.rule()));
    }
    return new Result(text, current, edits, List.copyOf(rules));
  }

  /** An edit turned into offsets of the current text. */
  private record Placed(String rule, int start, int end, String replacement, int order) {
    boolean clashes(Placed other) {
      boolean bothInserts = start == end && other.start == other.end;
      return (start < other.end && other.start < end) || (start == other.start && !bothInserts);
    }
  }

  /** Whole fixes, in the order offered, each taken only when none of its edits clashes. */
  private static List<Placed> choose(String text, List<Offered> offered) {
    Lines lines = new Lines(text);
    List<Placed> chosen = new ArrayList<>();
    for (Offered fix : offered) {
      List<Placed> placed = new ArrayList<>();
      for (Edit e : fix.edits()) {
        int start = lines.offset(e.line(), e.column());
        int end = lines.offset(e.endLine(), e.endColumn());
        if (start < 0 || end < 0) {
          placed = List.of();
          break;
        }
        placed.add(
            new Placed(fix.rule(), start, end, e.replacement(), chosen.size() + placed.size()));
      }
      // The same edit offered twice (two rules, or a RUN and its ONBUILD) is made once.
      placed.removeIf(p -> chosen.stream().anyMatch(c -> same(c, p)));
      boolean clash = placed.stream().anyMatch(p -> chosen.stream().anyMatch(c -> c.clashes(p)));
      if (!clash) {
        chosen.addAll(placed);
      }
    }
    return chosen;
  }

  private static boolean same(Placed a, Placed b) {
    return a.start == b.start && a.end == b.end && a.replacement.equals(b.replacement);
  }

  /** From the end back, so offsets stay valid; inserts at one spot keep the order they came in. */
  private static String apply(String text, List<Placed> edits) {
    StringBuilder out = new StringBuilder(text);
    edits.stream()
        .sorted(Comparator.comparingInt(Placed::start).thenComparingInt(Placed::order).reversed())
        .forEach(p -> out.replace(p.start, p.end, p.replacement));
    return out.toString();
  }

  private static boolean parses(String name, String text) {
    try {
      Dockerfile.of(DockerfileParser.parse(name, text));
      return true;
    } catch (DockerfileSyntaxException e) {
      return false;
    }
  }

  /** Line starts of a text, split at LF as the parser splits it; line 1 skips a byte-order mark. */
  private static final class Lines {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    Lines(String text) {
      this.text = text;
      starts.add(text.startsWith("\uFEFF") ? 1 : 0);
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        starts.add(i + 1);
      }
    }

    /** The offset of a position, or -1 when it lies beyond the line's content. */
    int offset(int line, int column) {
      if (line > starts.size()) {
        return -1;
      }
      int start = starts.get(line - 1);
      int end = line < starts.size() ? starts.get(line) - 1 : text.length();
      while (end > start && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
        end--;
      }
      return start + column <= end ? start + column : -1;
    }
  }
}
