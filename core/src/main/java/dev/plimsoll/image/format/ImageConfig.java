package dev.plimsoll.image.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image's configuration blob (OCI image spec, config.md; Docker's image JSON is the same shape
 * for these fields), as far as Plimsoll reads it.
 *
 * @param architecture e.g. {@code amd64}
 * @param os e.g. {@code linux}
 * @param variant e.g. {@code v8}, when given
 * @param created the creation time as written (RFC 3339), when given
 * @param config the container defaults ({@code config} in the JSON)
 * @param history one entry per instruction, layer-making or not, oldest first
 * @param diffIds {@code rootfs.diff_ids}: the digests of the uncompressed layers, base first
 */
public record ImageConfig(
    String architecture,
    String os,
    Optional<String> variant,
    Optional<String> created,
    ContainerConfig config,
    List<HistoryEntry> history,
    List<String> diffIds) {

  public ImageConfig {
    history = List.copyOf(history);
    diffIds = List.copyOf(diffIds);
  }

  /**
   * The layer each history entry made, entry by entry: the entries that made one ({@code
   * empty_layer} false) match the layers in order (OCI image spec, config.md, {@code history}), as
   * dive pairs them; -1 for an entry that made none, or that the image has no layer left for.
   *
   * @param layers how many layers the image has
   */
  public List<Integer> layerOfEachStep(int layers) {
    List<Integer> out = new ArrayList<>(history.size());
    int next = 0;
    for (HistoryEntry entry : history) {
      out.add(!entry.emptyLayer() && next < layers ? next++ : -1);
    }
    return out;
  }

  /**
   * The container defaults.
   *
   * @param user {@code User}, when set and not empty
   * @param env {@code Env}, {@code NAME=value} strings
   * @param entrypoint {@code Entrypoint}
   * @param cmd {@code Cmd}
   * @param workingDir {@code WorkingDir}, when set and not empty
   * @param exposedPorts the keys of {@code ExposedPorts}, e.g. {@code 8080/tcp}
   * @param volumes the keys of {@code Volumes}
   * @param labels {@code Labels}
   * @param stopSignal {@code StopSignal}, when set
   * @param healthcheck {@code Healthcheck.Test}, when set (Docker's extension; {@code ["NONE"]}
   *     turns an inherited one off)
   */
  public record ContainerConfig(
      Optional<String> user,
      List<String> env,
      List<String> entrypoint,
      List<String> cmd,
      Optional<String> workingDir,
      List<String> exposedPorts,
      List<String> volumes,
      Map<String, String> labels,
      Optional<String> stopSignal,
      Optional<List<String>> healthcheck) {
    public ContainerConfig {
      env = List.copyOf(env);
      entrypoint = List.copyOf(entrypoint);
      cmd = List.copyOf(cmd);
      exposedPorts = List.copyOf(exposedPorts);
      volumes = List.copyOf(volumes);
      labels = Map.copyOf(labels);
      healthcheck = healthcheck.map(List::copyOf);
    }
  }

  /**
   * One {@code history} entry.
   *
   * @param created its time as written, when given
   * @param createdBy the instruction, e.g. {@code /bin/sh -c #(nop) CMD ["sh"]} or {@code RUN
   *     /bin/sh -c apt-get update # buildkit}
   * @param emptyLayer true when the instruction made no layer
   * @param comment {@code comment}, when given
   */
  public record HistoryEntry(
      Optional<String> created, String createdBy, boolean emptyLayer, Optional<String> comment) {

    /**
     * A {@code created_by} as the Dockerfile instruction it came from, for people: without the
     * classic builder's {@code /bin/sh -c #(nop)} and BuildKit's {@code # buildkit} marker, white
     * space collapsed, at most {@code max} characters.
     */
    public static String instruction(String createdBy, int max) {
      String s =
          createdBy
              .replaceFirst("^/bin/sh -c #\\(nop\\)\\s*", "")
              .replaceFirst("^RUN /bin/sh -c ", "RUN ")
              .replaceFirst("^/bin/sh -c ", "RUN ")
              .replaceFirst(" # buildkit$", "")
              .replaceAll("\\s+", " ")
              .strip();
      return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
  }
}
