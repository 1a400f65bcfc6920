package dev.plimsoll.compose.model;

import dev.plimsoll.compose.interpolate.UnsetVariable;
import dev.plimsoll.compose.yaml.YMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded compose project, as {@code docker compose config} sees it.
 *
 * @param name the project name, normalized
 * @param workingDir the project folder, absolute
 * @param files the compose files read, main files first, as the user named them
 * @param services the enabled services, sorted by name
 * @param raw the merged, interpolated model in the long syntax, for printing
 * @param unset the variables used without a default while not set
 */
public record ComposeProject(
    String name,
    String workingDir,
    List<String> files,
    List<Service> services,
    Map<String, Definition> networks,
    Map<String, Definition> volumes,
    Map<String, Definition> secrets,
    Map<String, Definition> configs,
    YMap raw,
    List<UnsetVariable> unset) {
  public ComposeProject {
    files = List.copyOf(files);
    services = List.copyOf(services);
    networks = Map.copyOf(networks);
    volumes = Map.copyOf(volumes);
    secrets = Map.copyOf(secrets);
    configs = Map.copyOf(configs);
    unset = List.copyOf(unset);
  }

  public Optional<Service> service(String serviceName) {
    return services.stream().filter(s -> s.name().equals(serviceName)).findFirst();
  }
}
