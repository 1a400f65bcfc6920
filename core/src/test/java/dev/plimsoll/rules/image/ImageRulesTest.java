package dev.plimsoll.rules.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.image.files.TarBuilder;
import dev.plimsoll.image.format.ImageConfig.ContainerConfig;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.image.model.SyntheticImage;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.ImageSources;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.RuleCatalog;
import dev.plimsoll.rules.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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
  void accountFilesWithEmptyPasswordsAndSharedIds() throws Exception {
    SyntheticImage bad =
        accounts(
            """
            root:x:0:0:root:/root:/bin/sh
            toor:x:0:0::/root:/bin/sh
            guest::1001:1001::/home/guest:/bin/sh
            app:x:1000:1000::/app:/bin/sh
            """,
            "root::19000:0:99999:7:::\napp:!:19000::::::\n",
            "root:x:0:\nwheel:x:10:root\nadmins:x:10:\n");
    assertThat(run(bad, false))
        .containsExactly(
            "image-duplicate-uid@2 /etc/group gives GID 10 to 2 groups (wheel, admins): files and"
                + " processes of one are the other's; give each its own GID or remove the extra"
                + " entries",
            "image-duplicate-uid@2 /etc/passwd gives UID 0 to 2 users (root, toor): files and"
                + " processes of one are the other's; give each its own UID or remove the extra"
                + " entries",
            "image-empty-password@2 /etc/passwd gives guest an empty password, so su lets any"
                + " process in the container become it without one: lock it, e.g. RUN passwd -l"
                + " guest",
            "image-empty-password@2 /etc/shadow gives root an empty password, so su lets any"
                + " process in the container become it without one: lock it, e.g. RUN passwd -l"
                + " root");
    SyntheticImage locked =
        accounts(
            "# accounts\nroot:x:0:0::/root:/bin/sh\napp:x:1000:1000::/:\n",
            "root:*:19000::::::\napp:!:19000::::::\n",
            "root:x:0:\napp:x:1000:\n");
    assertThat(run(locked, false)).isEmpty();
    // The version the final file system shows counts: a later layer that locks root clears it.
    SyntheticImage fixed =
        bad.layer(
            "RUN /bin/sh -c passwd -l root && passwd -l guest # buildkit",
            new TarBuilder()
                .file("etc/shadow", "root:!:19000:0:99999:7:::\napp:!:19000::::::\n")
                .file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\nguest:!:1001:1001::/:/bin/sh\n")
                .whiteout("etc/group"));
    assertThat(run(fixed, false)).isEmpty();
  }

  /** A good image whose second layer writes the three account files. */
  private static SyntheticImage accounts(String passwd, String shadow, String group) {
    return base(good())
        .layer(
            "RUN /bin/sh -c adduser -D app # buildkit",
            new TarBuilder()
                .file("etc/passwd", passwd)
                .file("etc/shadow", shadow)
                .file("etc/group", group));
  }

  @Test
  void secretsInHistoryAreNamedAndCutShort() throws Exception {
    String npm = "npm_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    String github = "ghp_" + "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2";
    SyntheticImage bad =
        base(good())
            .layer(
                "RUN |2 NPM_TOKEN=" + npm + " VERSION=1.2 /bin/sh -c npm ci # buildkit",
                new TarBuilder().file("app/package.json", 10))
            .noLayer("ENV DB_PASSWORD=hunter2hunter2")
            .noLayer("ENV DB_PASSWORD=")
            .layer(
                "RUN /bin/sh -c git clone https://deploy:s3cr3tpassw0rd@git.example.com/app.git #"
                    + " buildkit",
                new TarBuilder().file("app/README", 10))
            .layer(
                "/bin/sh -c echo " + github + " > /root/token",
                new TarBuilder().file("root/token", 41));
    List<String> found = run(bad, false);
    assertThat(found)
        .containsExactly(
            "image-secrets-in-history@2 `ENV DB_PASSWORD=hun…` keeps DB_PASSWORD=hun… in the image"
                + " history, readable by anyone who pulls the image: pass secrets with RUN"
                + " --mount=type=secret, not as build arguments, ENV or options",
            "image-secrets-in-history@2 `RUN |2 NPM_TOKEN=npm_… VERSION=1.2 /bin/sh -c npm ci`"
                + " keeps NPM_TOKEN=npm_… in the image history, readable by anyone who pulls the"
                + " image: pass secrets with RUN --mount=type=secret, not as build arguments, ENV"
                + " or options",
            "image-secrets-in-history@3 `RUN git clone https://deploy:s3c…@git.example.com/app.git`"
                + " keeps URL password=s3c… in the image history, readable by anyone who pulls"
                + " the image: pass secrets with RUN --mount=type=secret, not as build arguments,"
                + " ENV or options",
            "image-secrets-in-history@4 `RUN echo ghp_… > /root/token` keeps ghp_… in the image"
                + " history, readable by anyone who pulls the image: pass secrets with RUN"
                + " --mount=type=secret, not as build arguments, ENV or options");
    assertThat(String.join("\n", found))
        .doesNotContain("hunter2")
        .doesNotContain(npm.substring(4, 8))
        .doesNotContain(github.substring(4, 8))
        .doesNotContain("s3cr3t");
    SyntheticImage clean =
        new SyntheticImage()
            .defaults(
                config(
                    Optional.of("10001"),
                    List.of("API_TOKEN=abcdefabcdef"),
                    Optional.of(List.of("CMD", "true"))))
            .tags("app:1.2")
            .layer(BASE, new TarBuilder().file("usr/bin/app", 10))
            .noLayer("ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D")
            .noLayer("ENV DB_PASSWORD_FILE=/run/secrets/db")
            .layer(
                "RUN |1 SECRET_KEY_BASE=dummy /bin/sh -c echo \"//registry.npmjs.org/:_authToken="
                    + "${NPM_TOKEN}\" > .npmrc && docker login --password-stdin r.example.com"
                    + " # buildkit",
                new TarBuilder().file("app/node_modules/x.js", 10));
    // The ENV still in the configuration is image-secrets-in-env's, not reported twice.
    assertThat(run(clean.noLayer("ENV API_TOKEN=abcdefabcdef"), false))
        .singleElement()
        .asString()
        .startsWith("image-secrets-in-env@1 ENV API_TOKEN holds a value");
  }

  @Test
  void addIsReportedExceptForTheBaseRootFileSystem() throws Exception {
    SyntheticImage image =
        base(good())
            .layer(
                "/bin/sh -c #(nop) ADD file:139c3708fb6261126453e34483abd8bf7b26ed16d952fd976994d68e"
                    + "72d93be2 in /somefile.txt ",
                new TarBuilder().file("somefile.txt", 10))
            .layer("COPY app/ /app/ # buildkit", new TarBuilder().file("app/run", 10))
            .layer(
                "ADD https://example.com/tool.tar.gz /opt/ # buildkit",
                new TarBuilder().file("opt/tool.tar.gz", 10));
    assertThat(run(image, false))
        .containsExactly(
            "image-add-instruction@2 `ADD file:139c3708fb62… in /somefile.txt`: use COPY for"
                + " files from the build context; ADD also fetches URLs and unpacks archives,"
                + " which a later change of the source can turn on unseen",
            "image-add-instruction@4 `ADD https://example.com/tool.tar.gz /opt/`: use COPY for"
                + " files from the build context; ADD also fetches URLs and unpacks archives,"
                + " which a later change of the source can turn on unseen");
    // The first layer's ADD is the base image's root file system (BASE): nothing to report.
    assertThat(run(base(good()), false)).isEmpty();
  }

  @Test
  void buildToolsLeftInTheFinalImage() throws Exception {
    SyntheticImage image =
        base(good())
            .layer(
                "RUN /bin/sh -c apt-get install -y build-essential # buildkit",
                new TarBuilder()
                    .file("usr/lib/gcc/x86_64-linux-gnu/12/cc1", 1_500_000)
                    .file("usr/bin/x86_64-linux-gnu-gcc-12", 800_000)
                    .file("usr/include/stdio.h", 30_000));
    assertThat(run(image, false))
        .containsExactly(
            "image-build-tools-left@2 the image keeps build tools, 2.3 MB: GCC compiler in"
                + " /usr/lib/gcc (1.5 MB), GCC compiler drivers in /usr/bin (800.0 kB), C headers in"
                + " /usr/include (30.0 kB); build in a multi-stage build's first stage and COPY"
                + " --from it only what runs, or remove the tools in the RUN that installed them");
    // A stray header is not a toolchain.
    SyntheticImage header =
        base(good())
            .layer(
                "RUN /bin/sh -c apt-get install -y zlib1g # buildkit",
                new TarBuilder().file("usr/include/zconf.h", 16_000));
    assertThat(run(header, false)).isEmpty();
  }

  /** dive's test archives: the files and history of two real builds of one Dockerfile. */
  @Test
  void divesTestImagesGetWhatDockleWouldSay() throws Exception {
    assertThat(corpus("test-docker-image.tar"))
        .containsExactly(
            "image-empty-password@1",
            "image-healthcheck-missing@1",
            "image-latest-tag@1",
            "image-runs-as-root@1",
            "image-add-instruction@2",
            "image-add-instruction@11");
    // kaniko's build is on a busybox of 2021, whose root is locked (root:*).
    assertThat(corpus("test-kaniko-image.tar"))
        .containsExactly(
            "image-healthcheck-missing@1",
            "image-runs-as-root@1",
            "image-add-instruction@2",
            "image-add-instruction@11");
  }

  private static List<String> corpus(String archive) throws Exception {
    Path tar = Path.of(System.getProperty("plimsoll.corpus"), "images", "dive").resolve(archive);
    try (ImageSource source = ImageSources.open("docker-archive:" + tar)) {
      ImageAnalysis a = ImageAnalysis.analyze(source);
      return new ImageLint(LintConfig.DEFAULT, DiveGates.DEFAULT, false)
          .check(new ImageSubject(a, source.config(), source.tags())).stream()
              .map(f -> f.rule() + "@" + f.line())
              .toList();
    }
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
