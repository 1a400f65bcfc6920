package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.EnvVar;
import dev.plimsoll.compose.model.Resources;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.compose.yaml.Position;
import dev.plimsoll.dockerfile.instruction.Cmd;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.instruction.Env;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A JVM heap ({@code -Xmx}, {@code -XX:MaxHeapSize}), a JVM RAM size ({@code -XX:MaxRAM}, {@code
 * MaxRAMPercentage} of 100 or more) or a Node old space ({@code --max-old-space-size}) at or above
 * the container's memory limit. The kernel kills the container when it reaches the limit, before
 * the runtime collects garbage harder or throws OutOfMemoryError, and the heap is not all a process
 * uses. The flags are read where the container gets them: compose's {@code entrypoint}, {@code
 * command} and environment, else the Dockerfile's ENTRYPOINT, CMD and ENV.
 */
final class HeapExceedsMemoryLimit extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-heap-exceeds-memory-limit",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "A JVM or Node heap must stay below the container's memory limit");

  /**
   * The variables the JVM (JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS) or start scripts (Tomcat,
   * Elasticsearch, Logstash, Node) read flags from.
   */
  private static final List<String> VARIABLES =
      List.of(
          "JAVA_TOOL_OPTIONS",
          "JDK_JAVA_OPTIONS",
          "_JAVA_OPTIONS",
          "JAVA_OPTS",
          "CATALINA_OPTS",
          "ES_JAVA_OPTS",
          "LS_JAVA_OPTS",
          "NODE_OPTIONS");

  /** Where a flag was found: said in the message, and the compose line to report, if any. */
  private record Source(String what, String text, Optional<Position> pos) {}

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    Optional<String> written = s.limits().flatMap(Resources::memory).or(s::memLimit);
    OptionalLong limit = written.map(HeapFlags::dockerBytes).orElse(OptionalLong.empty());
    if (limit.isEmpty() || limit.getAsLong() == 0) {
      return;
    }
    Position limitAt =
        s.limits()
            .filter(r -> r.memory().isPresent())
            .map(Resources::pos)
            .orElse(at(s, "mem_limit"));
    for (Source src : sources(project, s)) {
      Optional<HeapFlags.Heap> heap = HeapFlags.reaching(src.text(), limit.getAsLong());
      if (heap.isPresent()) {
        report.at(
            src.pos().orElse(limitAt),
            "service "
                + s.name()
                + " gives its process "
                + heap.get().flag()
                + " (in "
                + src.what()
                + ") with a memory limit of "
                + written.get()
                + ": the kernel OOM-kills the container before the runtime can free memory; keep"
                + " the heap to about 75% of the limit (-XX:MaxRAMPercentage=75)");
        return;
      }
    }
  }

  /** The texts the process gets its flags from, compose's over the Dockerfile's. */
  private static List<Source> sources(ComposeProject project, Service s) {
    List<Source> out = new ArrayList<>();
    s.entrypoint()
        .ifPresent(c -> out.add(new Source("entrypoint", c.text(), Optional.of(c.pos()))));
    s.command().ifPresent(c -> out.add(new Source("command", c.text(), Optional.of(c.pos()))));
    Set<String> set = new HashSet<>();
    for (String name : VARIABLES) {
      EnvVar v = s.environment().get(name);
      if (v != null && v.value().isPresent()) {
        set.add(name);
        out.add(new Source("environment " + name, v.value().get(), Optional.of(v.pos())));
      }
    }
    Optional<Dockerfile> d = ServiceDockerfile.of(project, s);
    if (d.isEmpty()) {
      return out;
    }
    // A compose entrypoint drops the image's CMD too, as docker run --entrypoint does.
    if (s.entrypoint().isEmpty()) {
      ServiceDockerfile.last(s, d.get(), Entrypoint.class)
          .ifPresent(e -> out.add(dockerfile(d.get(), "ENTRYPOINT", e, e.command().text())));
      if (s.command().isEmpty()) {
        ServiceDockerfile.last(s, d.get(), Cmd.class)
            .ifPresent(c -> out.add(dockerfile(d.get(), "CMD", c, c.command().text())));
      }
    }
    for (Stage st : ServiceDockerfile.chain(s, d.get())) {
      List<Env> envs = st.all(Env.class);
      for (int i = envs.size() - 1; i >= 0; i--) { // the last ENV of a name wins
        Env env = envs.get(i);
        for (KeyValue kv : env.pairs()) {
          if (VARIABLES.contains(kv.key()) && set.add(kv.key())) {
            out.add(dockerfile(d.get(), "ENV " + kv.key(), env, kv.value()));
          }
        }
      }
    }
    return out;
  }

  private static Source dockerfile(Dockerfile d, String what, Instruction at, String text) {
    return new Source(what + " at " + d.file() + ":" + at.line(), text, Optional.empty());
  }
}
