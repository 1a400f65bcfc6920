package dev.plimsoll.dockerfile.shell;

import java.util.List;

/**
 * Pipelines joined by {@code &&} and {@code ||}, ended by a separator: POSIX's and-or list.
 *
 * @param pipelines one or more
 * @param operators {@code "&&"} or {@code "||"}; {@code operators.get(i)} joins pipeline {@code i}
 *     and {@code i + 1}
 * @param separator what ends it: {@code ";"}, {@code "&"}, {@code "\n"}, or {@code ""} at the end
 *     of a script, a subshell or a group
 */
public record AndOr(List<Pipeline> pipelines, List<String> operators, String separator) {

  public AndOr {
    pipelines = List.copyOf(pipelines);
    operators = List.copyOf(operators);
  }

  /** True when the pipeline is followed by {@code &&}, so the rest runs only if it succeeds. */
  public boolean followedByAnd(Pipeline pipeline) {
    int i = indexOf(pipeline);
    return i >= 0 && i < operators.size() && operators.get(i).equals("&&");
  }

  /**
   * True when a failure of the pipeline does not fail the list, because an {@code ||} comes after
   * it: {@code a || true}, {@code a && b || echo failed}.
   */
  public boolean failureHandled(Pipeline pipeline) {
    int i = indexOf(pipeline);
    return i >= 0 && operators.subList(i, operators.size()).contains("||");
  }

  /** True when run in the background ({@code &}), so its status is never seen. */
  public boolean background() {
    return separator.equals("&");
  }

  // Pipelines differ by offset, so equality finds exactly this one.
  private int indexOf(Pipeline pipeline) {
    for (int i = 0; i < pipelines.size(); i++) {
      if (pipelines.get(i).equals(pipeline)) {
        return i;
      }
    }
    return -1;
  }
}
