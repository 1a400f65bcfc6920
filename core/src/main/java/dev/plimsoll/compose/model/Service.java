package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import dev.plimsoll.compose.yaml.YMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service of the loaded project: after interpolation, merging, extends and profiles, with the
 * short syntaxes in their long form. What rules need is typed; the rest is in {@link #raw}.
 *
 * @param pos where the service is defined (its key, in the file that defined it first)
 * @param command the command as written: one string (shell form, split by the engine) or a list
 * @param networks the networks the service joins, by name
 * @param capAdd capabilities added ({@code cap_add})
 * @param capDrop capabilities dropped ({@code cap_drop})
 * @param limits {@code deploy.resources.limits}
 * @param reservations {@code deploy.resources.reservations}
 * @param memLimit the short key {@code mem_limit}
 * @param cpus the short key {@code cpus}
 */
public record Service(
    String name,
    Position pos,
    Optional<String> image,
    Optional<Build> build,
    Optional<String> user,
    Optional<CommandLine> command,
    Optional<CommandLine> entrypoint,
    Map<String, EnvVar> environment,
    List<EnvFile> envFiles,
    List<Port> ports,
    List<Mount> volumes,
    List<String> networks,
    Optional<String> networkMode,
    Optional<String> pid,
    Optional<String> ipc,
    Optional<String> uts,
    boolean privileged,
    List<String> capAdd,
    List<String> capDrop,
    List<String> securityOpt,
    Optional<Boolean> readOnly,
    Optional<String> restart,
    Optional<Healthcheck> healthcheck,
    Optional<Resources> limits,
    Optional<Resources> reservations,
    Optional<String> memLimit,
    Optional<String> cpus,
    Optional<Logging> logging,
    Map<String, Dependency> dependsOn,
    List<ResourceRef> secrets,
    List<ResourceRef> configs,
    List<String> profiles,
    YMap raw) {
  public Service {
    environment = Map.copyOf(environment);
    envFiles = List.copyOf(envFiles);
    ports = List.copyOf(ports);
    volumes = List.copyOf(volumes);
    networks = List.copyOf(networks);
    capAdd = List.copyOf(capAdd);
    capDrop = List.copyOf(capDrop);
    securityOpt = List.copyOf(securityOpt);
    dependsOn = Map.copyOf(dependsOn);
    secrets = List.copyOf(secrets);
    configs = List.copyOf(configs);
    profiles = List.copyOf(profiles);
  }

  /**
   * A command or entrypoint.
   *
   * @param shellForm written as one string, which the engine splits like a shell
   * @param args the list, or the one string
   */
  public record CommandLine(boolean shellForm, List<String> args, Position pos) {
    public CommandLine {
      args = List.copyOf(args);
    }

    /** The whole line as one string, for searching flags in it. */
    public String text() {
      return String.join(" ", args);
    }
  }
}
