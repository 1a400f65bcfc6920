package dev.plimsoll.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of a BuildKit build as {@code --progress=plain} prints them. Each vertex has a number
 * ({@code #6}); its first line is its name ({@code #6 [2/3] COPY a.txt /a.txt}, {@code #9 [builder
 * 2/5] RUN make}), later lines are its output and status ({@code #6 CACHED}, {@code #6 DONE 0.2s},
 * {@code #6 ERROR: ...}). Vertices may interleave when steps run in parallel.
 */
record BuildProgress(List<Step> steps) {
  private static final Pattern LINE = Pattern.compile("#(\\d+) (.*)");
  private static final Pattern STEP = Pattern.compile("\\[(?:(\\S+) +)? *(\\d+)/(\\d+)] (.*)");

  /** A Dockerfile instruction: its stage name (empty when unnamed), position and status. */
  record Step(String stage, int index, int total, String instruction, boolean cached) {
    boolean isFrom() {
      return instruction.regionMatches(true, 0, "FROM ", 0, 5);
    }

    @Override
    public String toString() {
      String where = (stage.isEmpty() ? "" : stage + " ") + index + "/" + total;
      return "[" + where + "] " + instruction + (cached ? " CACHED" : "");
    }
  }

  private static final class Vertex {
    final String name;
    boolean cached;

    Vertex(String name) {
      this.name = name;
    }
  }

  static BuildProgress parse(String plain) {
    Map<Integer, Vertex> vertices = new LinkedHashMap<>();
    for (String line : plain.lines().toList()) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      int id = Integer.parseInt(m.group(1));
      String rest = m.group(2);
      Vertex v = vertices.get(id);
      if (v == null) {
        vertices.put(id, new Vertex(rest));
      } else if (rest.equals("CACHED")) {
        v.cached = true;
      }
    }
    List<Step> steps = new ArrayList<>();
    for (Vertex v : vertices.values()) {
      Matcher s = STEP.matcher(v.name);
      if (s.matches()) {
        steps.add(
            new Step(
                s.group(1) == null ? "" : s.group(1),
                Integer.parseInt(s.group(2)),
                Integer.parseInt(s.group(3)),
                s.group(4),
                v.cached));
      }
    }
    // BuildKit prints a vertex when it starts, and cached ones start all at once in any order.
    steps.sort(Comparator.comparing(Step::stage).thenComparingInt(Step::index));
    return new BuildProgress(List.copyOf(steps));
  }

  /** The steps after the FROMs: what a change can rebuild or leave cached. */
  List<Step> buildSteps() {
    return steps.stream().filter(s -> !s.isFrom()).toList();
  }

  /** The instructions of {@link #buildSteps()} that BuildKit took from its cache. */
  List<String> cached() {
    return buildSteps().stream().filter(Step::cached).map(Step::instruction).toList();
  }

  /** The instructions of {@link #buildSteps()} that BuildKit ran. */
  List<String> rebuilt() {
    return buildSteps().stream().filter(s -> !s.cached()).map(Step::instruction).toList();
  }

  Optional<Step> step(String instruction) {
    return steps.stream().filter(s -> s.instruction().equals(instruction)).findFirst();
  }
}
