package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.Build;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Dockerfiles a project's services are built from, each with its own build context and target,
 * for the Dockerfile and context rules to lint as {@code docker compose build} would build them. A
 * (Dockerfile, context, target) that several services share is listed once, with each of them.
 * Builds from a URL (git, https) have no local folder to lint and are left out.
 */
public final class ServiceBuilds {
  private ServiceBuilds() {}

  /**
   * One build.
   *
   * @param services the services built this way, by name
   * @param dockerfile the Dockerfile, absolute; empty for {@code dockerfile_inline}
   * @param inline the text of {@code dockerfile_inline}
   * @param context the build context, absolute
   * @param target {@code build.target}
   * @param composeFile the compose file that declares the build, as the project names it
   */
  public record ServiceBuild(
      List<String> services,
      Optional<Path> dockerfile,
      Optional<String> inline,
      Path context,
      Optional<String> target,
      String composeFile) {
    public ServiceBuild {
      services = List.copyOf(services);
    }

    /** The first service, which names the build in messages. */
    public String service() {
      return services.get(0);
    }

    /** What makes two builds the same lint. */
    private List<Object> key() {
      return List.of(dockerfile, inline, context, target);
    }
  }

  public static List<ServiceBuild> of(ComposeProject project) {
    Map<List<Object>, ServiceBuild> out = new LinkedHashMap<>();
    for (Service s : project.services()) {
      if (s.build().isEmpty()) {
        continue;
      }
      Build b = s.build().get();
      if (b.context().contains("://") || b.context().startsWith("git@")) {
        continue;
      }
      Path context = Path.of(b.context()).toAbsolutePath().normalize();
      Optional<String> inline = s.raw().map("build").flatMap(m -> m.text("dockerfile_inline"));
      Optional<Path> file =
          inline.isPresent()
              ? Optional.empty()
              : Optional.of(context.resolve(b.dockerfile()).normalize());
      ServiceBuild build =
          new ServiceBuild(
              List.of(s.name()),
              file,
              inline,
              context,
              b.target(),
              b.pos().file().isEmpty() ? s.pos().file() : b.pos().file());
      out.merge(
          build.key(),
          build,
          (first, same) -> {
            List<String> both = new ArrayList<>(first.services());
            both.add(s.name());
            return new ServiceBuild(
                both,
                first.dockerfile(),
                first.inline(),
                first.context(),
                first.target(),
                first.composeFile());
          });
    }
    return List.copyOf(out.values());
  }
}
