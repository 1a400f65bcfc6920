package dev.plimsoll.compose.interpolate;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import dev.plimsoll.compose.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Interpolates every string value of a compose file's tree (keys stay as written, as in
 * compose-go), and records the variables used unset without a default, with their positions.
 */
public final class Interpolation {
  private final Map<String, String> variables;
  private final List<UnsetVariable> unset = new ArrayList<>();

  public Interpolation(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  /** The variables used without a default while not set, in the order they were met. */
  public List<UnsetVariable> unset() {
    return List.copyOf(unset);
  }

  public YNode apply(YNode node) throws BadInputException {
    return walk(node, "");
  }

  private YNode walk(YNode node, String path) throws BadInputException {
    if (node instanceof YMap m) {
      List<YMap.Entry> out = new ArrayList<>(m.entries().size());
      for (YMap.Entry e : m.entries()) {
        String p = path.isEmpty() ? e.key() : path + "." + e.key();
        out.add(new YMap.Entry(e.key(), e.keyPos(), walk(e.value(), p)));
      }
      return new YMap(out, m.pos(), m.tag());
    }
    if (node instanceof YSeq s) {
      List<YNode> out = new ArrayList<>(s.items().size());
      for (int k = 0; k < s.items().size(); k++) {
        out.add(walk(s.items().get(k), path + "[" + k + "]"));
      }
      return new YSeq(out, s.pos(), s.tag());
    }
    YScalar s = (YScalar) node;
    if (s.type() != YScalar.Type.STRING || s.value().indexOf('$') < 0) {
      return s;
    }
    Template t =
        new Template(
            name -> Optional.ofNullable(variables.get(name)),
            name -> unset.add(new UnsetVariable(name, s.pos(), path)));
    try {
      return new YScalar(t.substitute(s.value()), YScalar.Type.STRING, s.pos(), s.tag());
    } catch (TemplateException e) {
      throw new BadInputException(s.pos().file(), s.pos().line(), path + ": " + e.getMessage());
    }
  }
}
