package dev.plimsoll.compose;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import dev.plimsoll.compose.yaml.YSeq;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one file's services and definitions into the long syntax compose-go's loader produces, so
 * that files merge key by key: build string to {@code {context}}, environment/labels/args lists to
 * mappings, {@code depends_on} list to {@code {condition: service_started, required: true}},
 * networks list to a mapping, {@code env_file} to {@code [{path, required}]}, secrets/configs to
 * {@code {source}}, ports and volumes to their long forms, a string healthcheck test to {@code
 * [CMD-SHELL, ...]}. Relative paths (build context, env files, bind sources, secret and config
 * files) are made absolute against the folder compose resolves them from.
 */
final class Normalizer {
  /** Attributes written as {@code KEY=value} lists or mappings; compose merges them as mappings. */
  private static final List<String> KEY_VALUE =
      List.of("environment", "labels", "annotations", "sysctls");

  private final Path base;
  private final String home;

  /**
   * @param base the folder relative paths are resolved against
   * @param home the user's home folder, for {@code ~} in bind sources
   */
  Normalizer(Path base, String home) {
    this.base = base;
    this.home = home;
  }

  YMap file(YMap root) throws BadInputException {
    YMap out = root;
    if (root.get("services").orElse(null) instanceof YMap services) {
      List<YMap.Entry> normalized = new ArrayList<>();
      for (YMap.Entry e : services.entries()) {
        YNode v = e.value() instanceof YMap s ? service(s) : e.value();
        normalized.add(new YMap.Entry(e.key(), e.keyPos(), v));
      }
      out = out.with("services", new YMap(normalized, services.pos(), services.tag()));
    }
    for (String section : List.of("networks", "volumes", "secrets", "configs")) {
      if (out.get(section).orElse(null) instanceof YMap defs) {
        List<YMap.Entry> normalized = new ArrayList<>();
        for (YMap.Entry e : defs.entries()) {
          YNode v = e.value();
          if (v instanceof YScalar s && s.isNull()) {
            v = YMap.empty(s.pos()); // "db-data:" defines the volume with every default
          } else if (v instanceof YMap d
              && (section.equals("secrets") || section.equals("configs"))) {
            v = resolve(d, "file");
          }
          normalized.add(new YMap.Entry(e.key(), e.keyPos(), v));
        }
        out = out.with(section, new YMap(normalized, defs.pos(), defs.tag()));
      }
    }
    return out;
  }

  YMap service(YMap s) throws BadInputException {
    YMap out = s;
    for (String key : KEY_VALUE) {
      out = replace(out, key, KeyValues.toMap(out.get(key).orElse(null), '='));
    }
    if (out.get("extra_hosts").isPresent()) {
      out = replace(out, "extra_hosts", KeyValues.hosts(out.get("extra_hosts").get()));
    }
    if (out.get("build").isPresent()) {
      out = out.with("build", build(out.get("build").get()));
    }
    if (out.get("depends_on").isPresent()) {
      out = out.with("depends_on", dependsOn(out.get("depends_on").get()));
    }
    if (out.get("networks").orElse(null) instanceof YSeq n) {
      out = out.with("networks", KeyValues.namesToMap(n));
    }
    if (out.get("env_file").isPresent()) {
      out = out.with("env_file", envFiles(out.get("env_file").get()));
    }
    for (String key : List.of("secrets", "configs")) {
      if (out.get(key).orElse(null) instanceof YSeq refs) {
        out = out.with(key, refs(refs));
      }
    }
    if (out.get("ports").orElse(null) instanceof YSeq ports) {
      out = out.with("ports", ShortSyntax.ports(ports));
    }
    if (out.get("volumes").orElse(null) instanceof YSeq volumes) {
      out = out.with("volumes", ShortSyntax.volumes(volumes, this::path, home));
    }
    if (out.get("healthcheck").orElse(null) instanceof YMap h
        && h.get("test").orElse(null) instanceof YScalar t
        && !t.isNull()) {
      YSeq test = new YSeq(List.of(YScalar.string("CMD-SHELL", t.pos()), t), t.pos(), t.tag());
      out = out.with("healthcheck", h.with("test", test));
    }
    return out;
  }

  private static YMap replace(YMap m, String key, YNode value) {
    return value == null ? m : m.with(key, value);
  }

  private YNode build(YNode b) {
    YMap m =
        b instanceof YScalar s
            ? new YMap(List.of(new YMap.Entry("context", s.pos(), s)), s.pos(), s.tag())
            : b instanceof YMap bm ? bm : null;
    if (m == null) {
      return b;
    }
    if (m.get("context").isEmpty()) {
      m = m.with("context", YScalar.string(".", m.pos()));
    }
    YScalar ctx = (YScalar) m.get("context").filter(YScalar.class::isInstance).orElse(null);
    if (ctx != null && !ctx.isNull() && !isRemote(ctx.value())) {
      m = m.with("context", YScalar.string(path(ctx.value()), ctx.pos()));
    }
    for (String key : List.of("args", "labels")) {
      YNode converted = KeyValues.toMap(m.get(key).orElse(null), '=');
      if (converted != null) {
        m = m.with(key, converted);
      }
    }
    return m;
  }

  /** Git and HTTP contexts stay as written (compose-go: build.context may be a URL). */
  static boolean isRemote(String context) {
    return context.contains("://")
        || context.startsWith("git@")
        || context.startsWith("github.com/");
  }

  private static YNode dependsOn(YNode d) {
    YMap m = d instanceof YSeq seq ? KeyValues.namesToMap(seq) : d instanceof YMap dm ? dm : null;
    if (m == null) {
      return d;
    }
    List<YMap.Entry> out = new ArrayList<>();
    for (YMap.Entry e : m.entries()) {
      YMap dep = e.value() instanceof YMap dm ? dm : YMap.empty(e.keyPos());
      if (dep.get("condition").isEmpty()) {
        dep = dep.with("condition", YScalar.string("service_started", e.keyPos()));
      }
      if (dep.get("required").isEmpty()) {
        dep = dep.with("required", new YScalar("true", YScalar.Type.BOOL, e.keyPos(), dep.tag()));
      }
      out.add(new YMap.Entry(e.key(), e.keyPos(), dep));
    }
    return new YMap(out, m.pos(), m.tag());
  }

  private YNode envFiles(YNode f) {
    List<YNode> items = f instanceof YSeq seq ? seq.items() : List.of(f);
    List<YNode> out = new ArrayList<>();
    for (YNode item : items) {
      if (item instanceof YScalar s && !s.isNull()) {
        out.add(
            new YMap(
                List.of(
                    new YMap.Entry("path", s.pos(), YScalar.string(path(s.value()), s.pos())),
                    new YMap.Entry(
                        "required",
                        s.pos(),
                        new YScalar("true", YScalar.Type.BOOL, s.pos(), s.tag()))),
                s.pos()));
      } else if (item instanceof YMap m) {
        out.add(resolve(m, "path"));
      }
    }
    return new YSeq(out, f.pos(), f.tag());
  }

  private static YNode refs(YSeq refs) {
    List<YNode> out = new ArrayList<>();
    for (YNode item : refs.items()) {
      out.add(
          item instanceof YScalar s
              ? new YMap(List.of(new YMap.Entry("source", s.pos(), s)), s.pos())
              : item);
    }
    return new YSeq(out, refs.pos(), refs.tag());
  }

  private YMap resolve(YMap m, String key) {
    return m.get(key).orElse(null) instanceof YScalar s && !s.isNull()
        ? m.with(key, new YScalar(path(s.value()), YScalar.Type.STRING, s.pos(), s.tag()))
        : m;
  }

  /** A path as compose resolves it: {@code ~} is the home folder, relative is against the base. */
  String path(String p) {
    if (p.equals("~") || p.startsWith("~/")) {
      return Path.of(home + p.substring(1)).normalize().toString();
    }
    return base.resolve(p).normalize().toString();
  }
}
