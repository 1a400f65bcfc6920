package dev.plimsoll.compose.model;

import dev.plimsoll.compose.model.Service.CommandLine;
import dev.plimsoll.compose.yaml.Position;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import dev.plimsoll.compose.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one service of a loaded (validated, long-syntax) tree into a {@link Service}. The schema
 * has checked the types, so a value of an unexpected shape is read as absent rather than refused.
 */
final class ServiceReader {
  private ServiceReader() {}

  static Service read(String name, Position pos, YMap s, Set<EnvVar.BareName> bare) {
    YMap deploy = s.map("deploy").orElse(YMap.empty(s.pos()));
    YMap resources = deploy.map("resources").orElse(YMap.empty(deploy.pos()));
    return new Service(
        name,
        pos,
        s.text("image"),
        s.map("build").map(ServiceReader::build),
        s.text("user"),
        s.get("command").flatMap(ServiceReader::commandLine),
        s.get("entrypoint").flatMap(ServiceReader::commandLine),
        environment(s, bare),
        envFiles(s),
        each(s, "ports", ServiceReader::port),
        each(s, "volumes", ServiceReader::mount),
        s.map("networks")
            .map(m -> m.entries().stream().map(YMap.Entry::key).toList())
            .orElse(List.of()),
        s.text("network_mode"),
        s.text("pid"),
        s.text("ipc"),
        s.text("uts"),
        flag(s, "privileged").orElse(false),
        texts(s.get("cap_add")),
        texts(s.get("cap_drop")),
        texts(s.get("security_opt")),
        flag(s, "read_only"),
        s.text("restart"),
        s.map("healthcheck").map(ServiceReader::healthcheck),
        resources.map("limits").map(ServiceReader::resources),
        resources.map("reservations").map(ServiceReader::resources),
        s.text("mem_limit"),
        s.text("cpus"),
        s.map("logging").map(ServiceReader::logging),
        dependsOn(s),
        each(s, "secrets", ServiceReader::ref),
        each(s, "configs", ServiceReader::ref),
        texts(s.get("profiles")),
        s);
  }

  private static Build build(YMap b) {
    Map<String, Optional<String>> args = new LinkedHashMap<>();
    b.map("args").ifPresent(m -> m.entries().forEach(e -> args.put(e.key(), text(e.value()))));
    return new Build(
        b.text("context").orElse("."),
        b.text("dockerfile").orElse("Dockerfile"),
        b.text("target"),
        args,
        b.pos());
  }

  private static Optional<CommandLine> commandLine(YNode n) {
    if (n instanceof YSeq seq) {
      return Optional.of(new CommandLine(false, texts(Optional.of(seq)), n.pos()));
    }
    return text(n).map(t -> new CommandLine(true, List.of(t), n.pos()));
  }

  private static Map<String, EnvVar> environment(YMap s, Set<EnvVar.BareName> bare) {
    Map<String, EnvVar> out = new LinkedHashMap<>();
    for (YMap.Entry e : s.map("environment").map(YMap::entries).orElse(List.of())) {
      boolean fromVariables = bare.contains(new EnvVar.BareName(e.key(), e.value().pos()));
      out.put(e.key(), new EnvVar(e.key(), text(e.value()), e.keyPos(), fromVariables));
    }
    return out;
  }

  private static List<EnvFile> envFiles(YMap s) {
    return each(
        s,
        "env_file",
        n -> {
          YMap m = (YMap) n;
          return new EnvFile(m.text("path").orElse(""), flag(m, "required").orElse(true), n.pos());
        });
  }

  private static Port port(YNode n) {
    YMap m = (YMap) n;
    return new Port(
        m.text("host_ip"),
        m.text("target").map(ServiceReader::integer).orElse(0),
        m.text("published"),
        m.text("protocol").orElse("tcp"),
        n.pos());
  }

  private static Mount mount(YNode n) {
    YMap m = (YMap) n;
    return new Mount(
        m.text("type").orElse("volume"),
        m.text("source"),
        m.text("target").orElse(""),
        flag(m, "read_only").orElse(false),
        n.pos());
  }

  private static Healthcheck healthcheck(YMap h) {
    List<String> test = texts(h.get("test"));
    boolean disabled =
        flag(h, "disable").orElse(false) || (!test.isEmpty() && test.get(0).equals("NONE"));
    return new Healthcheck(
        test,
        h.text("interval"),
        h.text("timeout"),
        h.text("start_period"),
        h.text("retries").map(ServiceReader::integer),
        disabled,
        h.pos());
  }

  private static Resources resources(YMap r) {
    return new Resources(r.text("memory"), r.text("cpus"), r.pos());
  }

  private static Logging logging(YMap l) {
    Map<String, String> options = new LinkedHashMap<>();
    l.map("options")
        .ifPresent(
            m -> m.entries().forEach(e -> text(e.value()).ifPresent(v -> options.put(e.key(), v))));
    return new Logging(l.text("driver"), options, l.pos());
  }

  private static Map<String, Dependency> dependsOn(YMap s) {
    Map<String, Dependency> out = new LinkedHashMap<>();
    s.map("depends_on")
        .ifPresent(
            m ->
                m.entries()
                    .forEach(
                        e -> {
                          YMap d = e.value() instanceof YMap dm ? dm : YMap.empty(e.value().pos());
                          out.put(
                              e.key(),
                              new Dependency(
                                  e.key(),
                                  d.text("condition").orElse("service_started"),
                                  flag(d, "required").orElse(true),
                                  e.keyPos()));
                        }));
    return out;
  }

  private static ResourceRef ref(YNode n) {
    if (n instanceof YMap m) {
      return new ResourceRef(m.text("source").orElse(""), m.text("target"), n.pos());
    }
    return new ResourceRef(text(n).orElse(""), Optional.empty(), n.pos());
  }

  private static <T> List<T> each(YMap s, String key, java.util.function.Function<YNode, T> read) {
    List<T> out = new ArrayList<>();
    s.get(key)
        .filter(YSeq.class::isInstance)
        .ifPresent(seq -> ((YSeq) seq).items().forEach(i -> out.add(read.apply(i))));
    return out;
  }

  private static List<String> texts(Optional<YNode> n) {
    List<String> out = new ArrayList<>();
    n.filter(YSeq.class::isInstance)
        .ifPresent(seq -> ((YSeq) seq).items().forEach(i -> text(i).ifPresent(out::add)));
    return out;
  }

  private static Optional<String> text(YNode n) {
    return n instanceof YScalar s ? s.text() : Optional.empty();
  }

  /** Booleans after interpolation are strings ("true"); compose-go casts them the same way. */
  private static Optional<Boolean> flag(YMap m, String key) {
    return m.text(key)
        .map(t -> t.toLowerCase(Locale.ROOT))
        .map(t -> t.equals("true") || t.equals("yes"));
  }

  private static int integer(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
