package dev.plimsoll.compose;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.yaml.Position;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import dev.plimsoll.compose.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short syntaxes of {@code ports} and {@code volumes} (services.md), in their long form, as
 * compose-go's loader writes them.
 */
final class ShortSyntax {
  /** {@code [[IP:](HOST|HOST-HOST):]CONTAINER[-CONTAINER][/PROTOCOL]}; IPv6 in brackets. */
  private static final Pattern PORT =
      Pattern.compile(
          "^(?:(?:(?<ip>\\[[0-9a-fA-F:.]*]|[0-9.]+|[^:\\[\\]]*?):)?(?<host>\\d*(?:-\\d+)?):)?"
              + "(?<target>\\d+(?:-\\d+)?)(?:/(?<proto>[a-zA-Z]+))?$");

  private static final Set<String> BIND_OPTIONS =
      Set.of("z", "Z", "shared", "slave", "private", "rshared", "rslave", "rprivate");

  private ShortSyntax() {}

  static YSeq ports(YSeq ports) throws BadInputException {
    List<YNode> out = new ArrayList<>();
    for (YNode item : ports.items()) {
      if (item instanceof YScalar s && !s.isNull()) {
        out.addAll(port(s));
      } else if (item instanceof YMap m) {
        out.add(longPort(m));
      } else {
        out.add(item);
      }
    }
    return new YSeq(out, ports.pos(), ports.tag());
  }

  private static YMap longPort(YMap m) {
    YMap out = m;
    if (m.get("target").orElse(null) instanceof YScalar t && t.type() == YScalar.Type.STRING) {
      out = out.with("target", intScalar(t.value(), t.pos()));
    }
    if (m.get("published").orElse(null) instanceof YScalar p && p.type() == YScalar.Type.INT) {
      out = out.with("published", YScalar.string(p.value(), p.pos()));
    }
    if (out.get("protocol").isEmpty()) {
      out = out.with("protocol", YScalar.string("tcp", m.pos()));
    }
    if (out.get("mode").isEmpty()) {
      out = out.with("mode", YScalar.string("ingress", m.pos()));
    }
    return out;
  }

  private static List<YNode> port(YScalar s) throws BadInputException {
    Matcher m = PORT.matcher(s.value().strip());
    if (!m.matches()) {
      throw new BadInputException(
          s.pos().file(), s.pos().line(), "invalid port \"" + s.value() + "\"");
    }
    String ip = m.group("ip");
    if (ip != null && ip.startsWith("[")) {
      ip = ip.substring(1, ip.length() - 1);
    }
    String host = m.group("host") == null ? "" : m.group("host");
    String proto = m.group("proto") == null ? "tcp" : m.group("proto");
    int[] targets = range(s, m.group("target"));
    int[] hosts = host.isEmpty() ? null : range(s, host);
    List<YNode> out = new ArrayList<>();
    for (int k = 0; k <= targets[1] - targets[0]; k++) {
      String published;
      if (hosts == null) {
        published = null;
      } else if (hosts[1] - hosts[0] == targets[1] - targets[0]) {
        published = Integer.toString(hosts[0] + k);
      } else {
        published = host; // a host range for one container port: the engine picks one
      }
      List<YMap.Entry> e = new ArrayList<>();
      Position p = s.pos();
      e.add(new YMap.Entry("mode", p, YScalar.string("ingress", p)));
      if (ip != null && !ip.isEmpty()) {
        e.add(new YMap.Entry("host_ip", p, YScalar.string(ip, p)));
      }
      e.add(new YMap.Entry("target", p, intScalar(Integer.toString(targets[0] + k), p)));
      if (published != null) {
        e.add(new YMap.Entry("published", p, YScalar.string(published, p)));
      }
      e.add(new YMap.Entry("protocol", p, YScalar.string(proto, p)));
      out.add(new YMap(e, p));
    }
    return out;
  }

  /**
   * A port or a range {@code A-B} of ports 0 to 65535 with A <= B; anything else (an empty start, a
   * number past 65535, a range backwards) is refused, so a range never expands past 65,536 ports.
   */
  private static int[] range(YScalar s, String text) throws BadInputException {
    int dash = text.indexOf('-');
    String first = dash < 0 ? text : text.substring(0, dash);
    String last = dash < 0 ? text : text.substring(dash + 1);
    if (!first.matches("\\d{1,5}") || !last.matches("\\d{1,5}")) {
      throw new BadInputException(
          s.pos().file(), s.pos().line(), "invalid port \"" + s.value() + "\"");
    }
    int a = Integer.parseInt(first);
    int b = Integer.parseInt(last);
    if (a > 65_535 || b > 65_535 || a > b) {
      throw new BadInputException(
          s.pos().file(),
          s.pos().line(),
          "invalid port \"" + s.value() + "\": ports are 0 to 65535, a range low to high");
    }
    return new int[] {a, b};
  }

  private static YScalar intScalar(String value, Position pos) {
    return new YScalar(
        value,
        value.matches("\\d+") ? YScalar.Type.INT : YScalar.Type.STRING,
        pos,
        YNode.YTag.NONE);
  }

  static YSeq volumes(YSeq volumes, UnaryOperator<String> path, String home) {
    List<YNode> out = new ArrayList<>();
    for (YNode item : volumes.items()) {
      if (item instanceof YScalar s && !s.isNull()) {
        out.add(volume(s, path));
      } else if (item instanceof YMap m) {
        YMap v = m;
        if (m.text("type").orElse("").equals("bind")
            && m.get("source").orElse(null) instanceof YScalar src) {
          v = v.with("source", YScalar.string(path.apply(src.value()), src.pos()));
        }
        out.add(v);
      } else {
        out.add(item);
      }
    }
    return new YSeq(out, volumes.pos(), volumes.tag());
  }

  /** {@code [SOURCE:]TARGET[:MODE]}; a source that is a path makes a bind, else a named volume. */
  private static YMap volume(YScalar s, UnaryOperator<String> path) {
    Position p = s.pos();
    String[] parts = s.value().split(":", -1);
    List<YMap.Entry> e = new ArrayList<>();
    String source = null;
    String target;
    String mode = "";
    if (parts.length == 1) {
      target = parts[0];
    } else if (parts.length == 2 && parts[1].startsWith("/")) {
      source = parts[0];
      target = parts[1];
    } else if (parts.length == 2) {
      target = parts[0];
      mode = parts[1];
    } else {
      source = parts[0];
      target = parts[1];
      mode = String.join(":", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }
    boolean bind = source != null && isPath(source);
    e.add(new YMap.Entry("type", p, YScalar.string(bind ? "bind" : "volume", p)));
    if (source != null) {
      e.add(new YMap.Entry("source", p, YScalar.string(bind ? path.apply(source) : source, p)));
    }
    e.add(new YMap.Entry("target", p, YScalar.string(target, p)));
    List<String> opts = mode.isEmpty() ? List.of() : List.of(mode.split(","));
    if (opts.contains("ro")) {
      e.add(
          new YMap.Entry(
              "read_only", p, new YScalar("true", YScalar.Type.BOOL, p, YNode.YTag.NONE)));
    }
    if (bind) {
      List<YMap.Entry> b = new ArrayList<>();
      b.add(
          new YMap.Entry(
              "create_host_path", p, new YScalar("true", YScalar.Type.BOOL, p, YNode.YTag.NONE)));
      for (String o : opts) {
        if (o.equals("z") || o.equals("Z")) {
          b.add(new YMap.Entry("selinux", p, YScalar.string(o, p)));
        } else if (BIND_OPTIONS.contains(o)) {
          b.add(new YMap.Entry("propagation", p, YScalar.string(o, p)));
        }
      }
      e.add(new YMap.Entry("bind", p, new YMap(b, p)));
    } else if (opts.contains("nocopy")) {
      e.add(
          new YMap.Entry(
              "volume",
              p,
              new YMap(
                  List.of(
                      new YMap.Entry(
                          "nocopy", p, new YScalar("true", YScalar.Type.BOOL, p, YNode.YTag.NONE))),
                  p)));
    }
    return new YMap(e, p, s.tag());
  }

  private static boolean isPath(String source) {
    return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
  }
}
