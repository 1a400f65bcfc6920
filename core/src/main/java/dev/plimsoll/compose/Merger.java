package dev.plimsoll.compose;

import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YNode.YTag;
import dev.plimsoll.compose.yaml.YScalar;
import dev.plimsoll.compose.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges normalized compose trees by the Compose Specification's rules (merge.md) as compose-go
 * applies them: mappings by key; sequences append (dropping exact repeats, as compose-go's unicity
 * pass does); {@code command}, {@code entrypoint} and {@code healthcheck.test} are replaced; ports
 * merge by {@code {host_ip, target, published, protocol}}, volumes, secrets and configs by target;
 * logging options merge only for the same driver; {@code x-} extensions are replaced; {@code
 * !reset} removes what the earlier files set and {@code !override} replaces it whole.
 */
final class Merger {
  private Merger() {}

  /** {@code override} applied over {@code base}. */
  static YMap merge(YMap base, YMap override) {
    return (YMap) node(base, override, "");
  }

  /** Service {@code over} applied over {@code base}, with the service-attribute rules. */
  static YMap mergeService(String name, YMap base, YMap over) {
    return (YMap) node(base, over, "services." + name);
  }

  /** The tree without its tags: {@code !reset} values gone, {@code !override} values kept. */
  static YNode strip(YNode n) {
    if (n instanceof YMap m) {
      List<YMap.Entry> out = new ArrayList<>();
      for (YMap.Entry e : m.entries()) {
        if (e.value().tag() != YTag.RESET) {
          out.add(new YMap.Entry(e.key(), e.keyPos(), strip(e.value())));
        }
      }
      return new YMap(out, m.pos());
    }
    if (n instanceof YSeq s) {
      List<YNode> out = new ArrayList<>();
      for (YNode item : s.items()) {
        if (item.tag() != YTag.RESET) {
          out.add(strip(item));
        }
      }
      return new YSeq(out, s.pos());
    }
    return n.tag() == YTag.NONE ? n : n.withTag(YTag.NONE);
  }

  private static YNode node(YNode base, YNode over, String path) {
    if (over.tag() == YTag.RESET || over.tag() == YTag.OVERRIDE) {
      return over;
    }
    String pattern = path.replaceAll("^services\\.[^.]+", "services.*");
    switch (pattern) {
      case "services.*.command", "services.*.entrypoint", "services.*.healthcheck.test" -> {
        return over;
      }
      case "services.*.logging" -> {
        if (base instanceof YMap b && over instanceof YMap o) {
          Optional<String> bd = b.text("driver");
          Optional<String> od = o.text("driver");
          if (bd.isPresent() && od.isPresent() && !bd.equals(od)) {
            return o;
          }
        }
      }
      case "services.*.ports" -> {
        return keyed(base, over, Merger::portKey);
      }
      case "services.*.volumes", "services.*.secrets", "services.*.configs" -> {
        String prefix = pattern.endsWith("secrets") ? "/run/secrets/" : "/";
        return keyed(base, over, n -> targetKey(n, prefix));
      }
      default -> {}
    }
    if (base instanceof YMap b && over instanceof YMap o) {
      return mappings(b, o, path);
    }
    if (base instanceof YSeq b && over instanceof YSeq o) {
      List<YNode> out = new ArrayList<>(b.items());
      for (YNode item : o.items()) {
        if (!(item instanceof YScalar) || out.stream().noneMatch(x -> sameScalar(x, item))) {
          out.add(item);
        }
      }
      return new YSeq(out, b.pos(), b.tag());
    }
    return over;
  }

  private static YMap mappings(YMap base, YMap over, String path) {
    Map<String, YMap.Entry> out = new LinkedHashMap<>();
    for (YMap.Entry e : base.entries()) {
      out.put(e.key(), e);
    }
    for (YMap.Entry e : over.entries()) {
      YMap.Entry old = out.get(e.key());
      if (old == null || e.key().startsWith("x-") || isNull(old.value())) {
        out.put(e.key(), e);
      } else {
        String p = path.isEmpty() ? e.key() : path + "." + e.key();
        out.put(e.key(), new YMap.Entry(e.key(), old.keyPos(), node(old.value(), e.value(), p)));
      }
    }
    return new YMap(List.copyOf(out.values()), base.pos(), base.tag());
  }

  private static YNode keyed(
      YNode base, YNode over, java.util.function.Function<YNode, String> key) {
    if (!(base instanceof YSeq b) || !(over instanceof YSeq o)) {
      return over;
    }
    Map<String, YNode> out = new LinkedHashMap<>();
    int anonymous = 0;
    for (YNode item : b.items()) {
      out.put(Objects.requireNonNullElse(key.apply(item), "#" + anonymous++), item);
    }
    for (YNode item : o.items()) {
      String k = Objects.requireNonNullElse(key.apply(item), "#" + anonymous++);
      YNode old = out.get(k);
      out.put(
          k,
          old instanceof YMap om && item instanceof YMap im && item.tag() == YTag.NONE
              ? mappings(om, im, "")
              : item);
    }
    return new YSeq(List.copyOf(out.values()), b.pos(), b.tag());
  }

  private static String portKey(YNode n) {
    if (!(n instanceof YMap m)) {
      return null;
    }
    return m.text("host_ip").orElse("")
        + "|"
        + m.text("target").orElse("")
        + "|"
        + m.text("published").orElse("")
        + "|"
        + m.text("protocol").orElse("tcp");
  }

  private static String targetKey(YNode n, String prefix) {
    if (!(n instanceof YMap m)) {
      return null;
    }
    Optional<String> target = m.text("target");
    if (target.isEmpty()) {
      target = m.text("source").map(s -> prefix + s);
    }
    return target.map(t -> t.startsWith("/") ? t : prefix + t).orElse(null);
  }

  private static boolean sameScalar(YNode a, YNode b) {
    return a instanceof YScalar x
        && b instanceof YScalar y
        && x.value().equals(y.value())
        && x.type() == y.type();
  }

  private static boolean isNull(YNode n) {
    return n instanceof YScalar s && s.isNull();
  }
}
