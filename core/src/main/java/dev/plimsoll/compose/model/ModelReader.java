package dev.plimsoll.compose.model;

import dev.plimsoll.compose.interpolate.UnsetVariable;
import dev.plimsoll.compose.yaml.YMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The typed view of a loaded project's merged tree. */
public final class ModelReader {
  private ModelReader() {}

  /**
   * The project's services and definitions.
   *
   * @param raw the merged, interpolated, validated tree in the long syntax
   * @param bare where environment entries were written as bare names, before their values were
   *     resolved from the project's variables
   */
  public static ComposeProject read(
      String name,
      String workingDir,
      List<String> files,
      YMap raw,
      List<UnsetVariable> unset,
      Set<EnvVar.BareName> bare) {
    List<Service> services = new ArrayList<>();
    raw.map("services")
        .ifPresent(
            m ->
                m.entries()
                    .forEach(
                        e ->
                            services.add(
                                ServiceReader.read(
                                    e.key(),
                                    e.keyPos(),
                                    e.value() instanceof YMap s ? s : YMap.empty(e.keyPos()),
                                    bare))));
    services.sort(Comparator.comparing(Service::name));
    return new ComposeProject(
        name,
        workingDir,
        files,
        services,
        definitions(raw, "networks"),
        definitions(raw, "volumes"),
        definitions(raw, "secrets"),
        definitions(raw, "configs"),
        raw,
        unset);
  }

  private static Map<String, Definition> definitions(YMap raw, String key) {
    Map<String, Definition> out = new LinkedHashMap<>();
    raw.map(key)
        .ifPresent(
            m ->
                m.entries()
                    .forEach(
                        e ->
                            out.put(
                                e.key(),
                                new Definition(
                                    e.key(),
                                    e.keyPos(),
                                    e.value() instanceof YMap d ? d : YMap.empty(e.keyPos())))));
    return out;
  }
}
