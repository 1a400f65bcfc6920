package dev.plimsoll.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code docker compose} takes on its command line and from its environment.
 *
 * @param files {@code -f} files, in order; empty to use COMPOSE_FILE or find the default files
 * @param envFiles {@code --env-file} files, in order; empty to read the project's {@code .env}
 * @param profiles {@code --profile} names; COMPOSE_PROFILES adds to them
 * @param projectDirectory {@code --project-directory}
 * @param projectName {@code -p}
 * @param environment the process environment
 * @param workingDir the current folder, against which relative arguments are resolved
 */
public record ComposeOptions(
    List<Path> files,
    List<Path> envFiles,
    List<String> profiles,
    Optional<Path> projectDirectory,
    Optional<String> projectName,
    Map<String, String> environment,
    Path workingDir) {
  public ComposeOptions {
    files = List.copyOf(files);
    envFiles = List.copyOf(envFiles);
    profiles = List.copyOf(profiles);
    environment = Map.copyOf(environment);
    workingDir = workingDir.toAbsolutePath().normalize();
  }

  /** Defaults for files in {@code dir}: no flags, an empty environment. */
  public static ComposeOptions in(Path dir) {
    return new ComposeOptions(
        List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Map.of(), dir);
  }

  public ComposeOptions withFiles(List<Path> newFiles) {
    return new ComposeOptions(
        newFiles, envFiles, profiles, projectDirectory, projectName, environment, workingDir);
  }

  public ComposeOptions withEnvironment(Map<String, String> env) {
    return new ComposeOptions(
        files, envFiles, profiles, projectDirectory, projectName, env, workingDir);
  }

  public ComposeOptions withProfiles(List<String> names) {
    return new ComposeOptions(
        files, envFiles, names, projectDirectory, projectName, environment, workingDir);
  }

  public ComposeOptions withEnvFiles(List<Path> names) {
    return new ComposeOptions(
        files, names, profiles, projectDirectory, projectName, environment, workingDir);
  }

  public ComposeOptions withProjectDirectory(Path dir) {
    return new ComposeOptions(
        files, envFiles, profiles, Optional.of(dir), projectName, environment, workingDir);
  }
}
