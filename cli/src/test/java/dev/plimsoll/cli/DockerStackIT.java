package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack itself: BuildKit's cache as the ITs read it, and the registry with a login. */
class DockerStackIT {
  private final DockerStack stack = DockerStack.get();

  @TempDir Path project;

  @Test
  void buildKitReportsCachedStepsUpToTheFirstChangedFile() throws IOException {
    // A nonce keeps this build apart from the cache left by earlier runs on the same daemon.
    write("a.txt", "a " + UUID.randomUUID());
    write("b.txt", "b");
    write(
        "Dockerfile",
        """
        FROM local/busybox
        COPY a.txt /a.txt
        COPY b.txt /b.txt
        RUN cat /a.txt /b.txt > /ab.txt
        """);
    List<String> all =
        List.of("COPY a.txt /a.txt", "COPY b.txt /b.txt", "RUN cat /a.txt /b.txt > /ab.txt");

    BuildProgress first = build();
    assertThat(first.rebuilt()).containsExactlyElementsOf(all);
    assertThat(first.cached()).isEmpty();

    BuildProgress again = build();
    assertThat(again.cached()).containsExactlyElementsOf(all);

    write("b.txt", "b changed");
    BuildProgress changed = build();
    assertThat(changed.cached()).containsExactly("COPY a.txt /a.txt");
    assertThat(changed.rebuilt())
        .containsExactly("COPY b.txt /b.txt", "RUN cat /a.txt /b.txt > /ab.txt");
  }

  @Test
  void pushNeedsTheLoginAndPullsBackTheSameImage() throws IOException {
    write("Dockerfile", "FROM local/busybox\nRUN echo " + UUID.randomUUID() + " > /id\n");
    String ref = stack.authRegistry() + "/plimsoll-it/smoke:" + UUID.randomUUID();
    stack.docker(project, "build", "--network", "host", "-q", "-t", ref, ".").ok();
    String id = stack.docker(project, "image", "inspect", "-f", "{{.Id}}", ref).ok().out().strip();

    stack.docker(project, "logout", stack.authRegistry()).ok();
    DockerStack.Result anonymous = stack.docker(project, "push", ref);
    assertThat(anonymous.exit()).isNotZero();
    assertThat(anonymous.out() + anonymous.err()).contains("no basic auth credentials");

    stack.login(project, stack.authRegistry()).ok();
    String pushed = stack.docker(project, "push", ref).ok().out();
    assertThat(pushed).containsPattern("digest: sha256:[0-9a-f]{64}");

    String creds = "--creds=" + stack.user() + ":" + stack.password();
    String inspected =
        stack
            .run(
                project,
                null,
                List.of("skopeo", "inspect", "--tls-verify=false", creds, "docker://" + ref))
            .ok()
            .out();
    String digest = pushed.replaceAll("(?s).*digest: (sha256:[0-9a-f]{64}).*", "$1");
    assertThat(inspected).contains("\"Digest\": \"" + digest + "\"");
    assertThat(
            stack
                .run(
                    project,
                    null,
                    List.of(
                        "skopeo", "inspect", "--tls-verify=false", "--no-creds", "docker://" + ref))
                .exit())
        .isNotZero();

    stack.docker(project, "rmi", ref).ok();
    stack.docker(project, "pull", ref).ok();
    assertThat(stack.docker(project, "image", "inspect", "-f", "{{.Id}}", ref).ok().out().strip())
        .isEqualTo(id);
  }

  private BuildProgress build() {
    DockerStack.Result r =
        stack.docker(project, "build", "--network", "host", "--progress=plain", ".").ok();
    return BuildProgress.parse(r.err());
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(project.resolve(name), text, UTF_8);
  }
}
