package dev.plimsoll.rules.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.image.files.TarBuilder;
import dev.plimsoll.image.format.ImageConfig.ContainerConfig;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.image.model.SyntheticImage;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.RuleCatalog;
import dev.plimsoll.rules.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every image rule on images made in memory, both ways: the bad image gets exactly the finding, the
 * good one none of it. Also the catalogue: listed, sorted, documented, metadata on the class.
 */
class ImageRulesTest {
  private static final String BASE = "ADD rootfs.tar / # buildkit";

  private static ContainerConfig config(
      Optional<String> user, List<String> env, Optional<List<String>> healthcheck) {
    return new ContainerConfig(
        user,
        env,
        List.of(),
        List.of("app"),
        Optional.empty(),
        List.of(),
        List.of(),
        Map.of(),
        Optional.empty(),
        healthcheck);
  }

  /** A well-made image: non-root, a health check, nothing left over. */
  private static ContainerConfig good() {
    return config(
        Optional.of("10001"),
        List.of("PATH=/usr/bin"),
        Optional.of(List.of("CMD", "app", "--ping")));
  }

  private static List<String> run(SyntheticImage image, boolean ci) throws Exception {
    return run(image, ci, DiveGates.DEFAULT);
  }

  private static List<String> run(SyntheticImage image, boolean ci, DiveGates gates)
      throws Exception {
    ImageAnalysis a = ImageAnalysis.analyze(image);
    List<Finding> f =
        new ImageLint(LintConfig.DEFAULT, gates, ci)
            .check(new ImageSubject(a, image.config(), image.tags()));
    return f.stream().map(x -> x.rule() + "@" + x.line() + " " + x.message()).toList();
  }

  private static SyntheticImage base(ContainerConfig c) {
    return new SyntheticImage()
        .defaults(c)
        .tags("app:1.2")
        .layer(BASE, new TarBuilder().dir("usr/bin").file("usr/bin/app", 5000, 0755));
  }

  @Test
  void aWellMadeImageHasNoFinding() throws Exception {
    assertThat(run(base(good()), true)).isEmpty();
  }

  @Test
  void rootHealthcheckAndLatest() throws Exception {
    SyntheticImage root =
        base(config(Optional.empty(), List.of(), Optional.empty()))
            .tags("registry.example.com/app");
    assertThat(run(root, false))
        .containsExactly(
            "image-healthcheck-missing@1 the image has no HEALTHCHECK, so Docker cannot tell a hung"
                + " container from a healthy one: add HEALTHCHECK CMD with a probe the image holds",
            "image-latest-tag@1 the image is tagged only registry.example.com/app: a tag that moves"
                + " makes deployments unrepeatable; tag it with a version",
            "image-runs-as-root@1 the image sets no USER, so its processes run as root: add a USER"
                + " with a numeric uid, e.g. USER 10001");
    assertThat(
            run(base(config(Optional.of("0:0"), List.of(), Optional.of(List.of("NONE")))), false))
        .anyMatch(s -> s.startsWith("image-runs-as-root@1 the image runs as USER 0:0"))
        .anyMatch(s -> s.startsWith("image-healthcheck-missing@1"));
    assertThat(ImageLatestTag.isLatest("app:latest")).isTrue();
    assertThat(ImageLatestTag.isLatest("localhost:5000/app")).isTrue();
    assertThat(ImageLatestTag.isLatest("localhost:5000/app:1.0")).isFalse();
    assertThat(ImageLatestTag.isLatest("1.0")).isFalse();
  }

  @Test
  void secretsInEnvNameTheVariableNotTheValue() throws Exception {
    SyntheticImage image =
        base(
            config(
                Optional.of("10001"),
                List.of(
                    "DB_PASSWORD=hunter2",
                    "DB_PASSWORD_FILE=/run/secrets/db",
                    "API_TOKEN=",
                    "GITHUB_TOKEN=ghp_x"),
                Optional.of(List.of("CMD", "true"))));
    List<String> found = run(image, false);
    assertThat(found)
        .containsExactly(
            "image-secrets-in-env@1 ENV DB_PASSWORD holds a value in the image configuration,"
                + " readable by anyone who pulls it: pass it at run time, or use a secret mount at"
                + " build time",
            "image-secrets-in-env@1 ENV GITHUB_TOKEN holds a value in the image configuration,"
                + " readable by anyone who pulls it: pass it at run time, or use a secret mount at"
                + " build time");
    assertThat(String.join("\n", found)).doesNotContain("hunter2").doesNotContain("ghp_x");
  }

  @Test
  void filesThatShouldNotBeThere() throws Exception {
    SyntheticImage image =
        base(good())
            .layer(
                "COPY . /app # buildkit",
                new TarBuilder()
                    .dir("app")
                    .file("app/.git/HEAD", 20)
                    .file("app/.git/config", 20)
                    .file("app/.env", 30)
                    .file("app/.env.example", 30)
                    .file("app/run.sh", 100, 0777)
                    .dir("app/shared")
                    .file("usr/bin/sudo", 1000, 04755))
            .layer(
                "RUN /bin/sh -c npm ci # buildkit",
                new TarBuilder().file("root/.npm/_cacache/index", 2_000_000));
    List<String> found = run(image, false);
    assertThat(found)
        .anyMatch(
            s ->
                s.equals(
                    "image-unneeded-files@2 the image ships /app/.env, /app/.git: keep them out with"
                        + " .dockerignore, and pass secrets with RUN --mount=type=secret"))
        .anyMatch(s -> s.startsWith("image-sudo-installed@2 /usr/bin/sudo is installed"))
        .anyMatch(
            s -> s.startsWith("image-setuid-files@1 1 files are setuid or setgid (/usr/bin/sudo)"))
        .anyMatch(
            s ->
                s.startsWith(
                    "image-world-writable@1 1 paths are writable by every user (/app/run.sh)"))
        .anyMatch(s -> s.startsWith("image-package-cache-left@3 npm cache left in /root/.npm"));
    assertThat(found).hasSize(5);
  }

  @Test
  void wastedSpaceNamesBothInstructionsAndTheGatesRunOnlyInCi() throws Exception {
    SyntheticImage image =
        base(good())
            .layer(
                "RUN /bin/sh -c apt-get update # buildkit",
                new TarBuilder()
                    .dir("var/lib/apt/lists")
                    .file("var/lib/apt/lists/main_Packages", 3_000_000))
            .layer(
                "RUN /bin/sh -c rm -rf /var/lib/apt/lists/* # buildkit",
                new TarBuilder().whiteout("var/lib/apt/lists/main_Packages"));
    assertThat(run(image, false))
        .containsExactly(
            "image-wasted-space@3 `RUN rm -rf /var/lib/apt/lists/*` (layer 3) hides 3.0 MB stored"
                + " by `RUN apt-get update` (layer 2) (/var/lib/apt/lists/main_Packages): delete"
                + " them in the same RUN that creates them, or build them in another stage");
    List<String> ci = run(image, true);
    assertThat(ci)
        .anyMatch(s -> s.startsWith("image-efficiency@1 image efficiency is too low (efficiency="))
        .anyMatch(
            s ->
                s.startsWith(
                    "image-user-wasted-share@1 too many bytes wasted, relative to the user bytes added"));
    assertThat(ci).noneMatch(s -> s.startsWith("image-wasted-bytes")); // off by default, as in dive
    assertThat(run(image, true, DiveGates.DEFAULT.withHighestWastedBytes("1MB", "test")))
        .contains(
            "image-wasted-bytes@1 too many bytes wasted (wasted-bytes=3000000 > threshold=1000000)");
    assertThat(run(base(good()), true, DiveGates.DEFAULT.withHighestWastedBytes("1MB", "test")))
        .isEmpty();
  }

  @Test
  void everyImageRuleIsListedSortedDocumentedAndCarriesItsMetadata() throws Exception {
    List<String> names = ImageRules.all().stream().map(r -> r.meta().name()).toList();
    assertThat(names).isSorted().doesNotHaveDuplicates().allMatch(n -> n.startsWith("image-"));
    for (ImageRule r : ImageRules.all()) {
      RuleMeta meta = r.meta();
      assertThat(r.getClass().getDeclaredField("META").get(null)).isEqualTo(meta);
      assertThat(RuleCatalog.all()).contains(meta);
      assertThat(RuleCatalog.documentation(meta)).as(meta.name()).isPresent();
      assertThat(meta.domain().label()).isEqualTo("image");
      try (InputStream in =
          getClass().getResourceAsStream("/dev/plimsoll/rules/docs/" + meta.name() + ".md")) {
        String doc = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(doc).startsWith("# " + meta.name() + "\n").contains("**Domain:** image");
        for (String alias : meta.aliases()) {
          assertThat(doc).contains("`" + alias + "`");
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }
}
