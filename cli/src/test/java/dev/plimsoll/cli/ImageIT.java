package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plimsoll image} on images a real Docker Engine builds from {@code image-it/}: {@code
 * docker save} read as it is, and copied by skopeo to an OCI layout and an OCI archive, must give
 * the same figures; the final file system must be what {@code docker export} writes; each layer's
 * size must be what {@code docker history} says; and the waste built in must be found where it was
 * made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageIT {
  private static final Path FIXTURES = Path.of("src/test/resources/image-it");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a container adds to what {@code docker export} writes, beyond the image's files. */
  private static final Set<String> RUNTIME =
      Set.of(
          "/.dockerenv",
          "/dev/console",
          "/etc/hostname",
          "/etc/hosts",
          "/etc/resolv.conf",
          "/etc/mtab");

  @TempDir Path work;
  private DockerStack stack;
  private final String nonce = UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  void stack() {
    stack = DockerStack.get();
    for (String registry : List.of(stack.authRegistry(), stack.tokenRegistry())) {
      stack.login(Cli.REPO, registry).ok();
    }
  }

  /**
   * Builds the fixture, saves it three ways and pushes it to the registry with token auth; returns
   * docker-archive, oci, oci-archive and registry sources.
   */
  private List<String> build(String name) throws IOException {
    Path project = Fixtures.copy(FIXTURES.resolve(name), work.resolve(name));
    if (name.equals("overwrite")) {
      Files.writeString(project.resolve("data.bin"), "x".repeat(400_000), UTF_8);
    }
    String tag = "plimsoll-it/" + name + ":" + nonce;
    stack.docker(project, "build", "--network", "host", "-q", "-t", tag, ".").ok();
    Path archive = work.resolve(name + ".tar");
    stack.docker(work, "save", "-o", archive.toString(), tag).ok();
    Path layout = work.resolve(name + "-oci");
    Path ociArchive = work.resolve(name + "-oci.tar");
    stack
        .run(
            work,
            null,
            List.of(
                "skopeo", "copy", "-q", "docker-archive:" + archive, "oci:" + layout + ":" + nonce))
        .ok();
    stack
        .run(
            work,
            null,
            List.of(
                "skopeo",
                "copy",
                "-q",
                "docker-archive:" + archive,
                "oci-archive:" + ociArchive + ":" + nonce))
        .ok();
    String remote = stack.tokenRegistry() + "/" + tag;
    stack.docker(work, "tag", tag, remote).ok();
    stack.docker(work, "push", remote).ok();
    return List.of(
        "docker-archive:" + archive,
        "oci:" + layout + ":" + nonce,
        "oci-archive:" + ociArchive + ":" + nonce,
        "registry:" + remote);
  }

  /** The image's JSON report, with the stack's docker login for the registries. */
  private JsonNode image(String source, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("image", source, "-f", "json", "--fail-on", "none"));
    args.addAll(List.of(more));
    Cli.Result r =
        Cli.run(
            Cli.REPO,
            null,
            Map.of("DOCKER_CONFIG", stack.value("DOCKER_CONFIG")),
            args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  /** The figures that must not depend on where the image was read from. */
  private static String figures(JsonNode j) {
    StringBuilder b = new StringBuilder();
    for (String k :
        List.of(
            "sizeBytes",
            "userSizeBytes",
            "efficiency",
            "wastedBytes",
            "userWastedPercent",
            "reclaimableBytes")) {
      b.append(k).append('=').append(j.get(k).asText()).append(' ');
    }
    for (JsonNode l : j.get("layers")) {
      b.append(l.get("sizeBytes").asLong())
          .append('/')
          .append(l.get("createdBy").asText())
          .append(' ');
    }
    return b.toString();
  }

  @Test
  void aCleanUpInALaterLayerIsFoundWhereItWasStoredAndHidden() throws Exception {
    List<String> sources = build("cleanup-later");
    JsonNode j = image(sources.get(0), "--list");
    for (String other : sources.subList(1, sources.size())) {
      assertThat(figures(image(other))).as(other).isEqualTo(figures(j));
    }
    assertThat(j.get("reclaimableBytes").asLong()).isEqualTo(2_500_000L);
    JsonNode pair = j.get("reclaimable").get(0);
    assertThat(pair.get("storedBy").asText()).contains("head -c 2000000");
    assertThat(pair.get("hiddenBy").asText()).contains("rm -rf /var/lib/apt/lists/*");
    assertThat(pair.get("hiddenIn").asInt()).isEqualTo(pair.get("storedIn").asInt() + 1);
    assertThat(j.get("leftovers").get(0).get("path").asText()).isEqualTo("/var/cache/apk");
    assertThat(j.get("leftovers").get(0).get("bytes").asLong()).isEqualTo(300_000L);
    List<String> rules = new ArrayList<>();
    String waste = "";
    for (JsonNode f : j.get("findings")) {
      rules.add(f.get("rule").asText() + "@" + f.get("line").asInt());
      if (f.get("rule").asText().equals("image-wasted-space")) {
        waste = f.get("message").asText();
      }
    }
    // Layers from 1: busybox, the lists (2), their removal (3), the apk cache (4).
    assertThat(rules)
        .containsExactly(
            "image-healthcheck-missing@1",
            "image-runs-as-root@1",
            "image-wasted-space@3",
            "image-package-cache-left@4");
    assertThat(waste)
        .contains("(layer 3) hides 2.5 MB stored by")
        .contains("(layer 2)")
        .contains("/var/lib/apt/lists/deb.debian.org_Packages");
    matchesExportAndHistory("cleanup-later", j);

    // The same image pushed to the registry that wants a login, read back over the Registry API.
    String tag = "plimsoll-it/cleanup-later:" + nonce;
    String remote = stack.authRegistry() + "/" + tag;
    stack.docker(work, "tag", tag, remote).ok();
    stack.docker(work, "push", remote).ok();
    Map<String, String> client = Map.of("DOCKER_CONFIG", stack.value("DOCKER_CONFIG"));
    Cli.Result pulled =
        Cli.run(
            Cli.REPO,
            null,
            client,
            "image",
            "registry:" + remote,
            "-f",
            "json",
            "--fail-on",
            "none");
    assertThat(pulled.exit()).as(pulled.err()).isZero();
    assertThat(figures(JSON.readTree(pulled.out()))).isEqualTo(figures(j));
    Cli.Result anonymous =
        Cli.run(
            Cli.REPO,
            null,
            Map.of("DOCKER_CONFIG", work.toString()),
            "image",
            "registry:" + remote);
    assertThat(anonymous.exit()).isEqualTo(2);
    assertThat(anonymous.errLines())
        .singleElement()
        .asString()
        .contains("the registry wants a login: run docker login " + stack.authRegistry());

    Cli.Result gate =
        Cli.run(Cli.REPO, null, Map.of(), "image", sources.get(0), "--ci", "--fail-on", "error");
    assertThat(gate.exit()).as(gate.out() + gate.err()).isEqualTo(1);
    assertThat(gate.out()).contains("image-user-wasted-share").contains("too many bytes wasted");
  }

  @Test
  void anOverwrittenFileIsReclaimable() throws Exception {
    List<String> sources = build("overwrite");
    JsonNode j = image(sources.get(0), "--list");
    for (String other : sources.subList(1, sources.size())) {
      assertThat(figures(image(other))).as(other).isEqualTo(figures(j));
    }
    assertThat(j.get("reclaimableBytes").asLong()).isEqualTo(400_000L);
    JsonNode largest = j.get("reclaimable").get(0).get("largest").get(0);
    assertThat(largest.get("path").asText()).isEqualTo("/app/data.bin");
    assertThat(largest.get("how").asText()).isEqualTo("overwritten");
    // dive counts both copies of /app/data.bin as wasted.
    assertThat(j.get("wastedBytes").asLong()).isEqualTo(401_000L);
    matchesExportAndHistory("overwrite", j);

    // The token registry without a login, and with a wrong password.
    String remote = sources.get(3);
    Cli.Result anonymous =
        Cli.run(Cli.REPO, null, Map.of("DOCKER_CONFIG", work.toString()), "image", remote);
    assertThat(anonymous.exit()).isEqualTo(2);
    assertThat(anonymous.errLines())
        .singleElement()
        .asString()
        .contains("the registry wants a login: run docker login " + stack.tokenRegistry());
    Path wrong = Files.createDirectories(work.resolve("wrong-login"));
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString((stack.user() + ":not-" + stack.password()).getBytes(UTF_8));
    Files.writeString(
        wrong.resolve("config.json"),
        "{\"auths\":{\"" + stack.tokenRegistry() + "\":{\"auth\":\"" + basic + "\"}}}");
    Cli.Result refused =
        Cli.run(Cli.REPO, null, Map.of("DOCKER_CONFIG", wrong.toString()), "image", remote);
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.errLines())
        .singleElement()
        .asString()
        .contains("refused the credentials (401): run docker login " + stack.tokenRegistry());
  }

  @Test
  void aMultiStageBuildLeavesItsScratchBehindAndPassesTheGates() throws Exception {
    List<String> sources = build("multistage");
    JsonNode j = image(sources.get(0), "--list");
    for (String other : sources.subList(1, sources.size())) {
      assertThat(figures(image(other))).as(other).isEqualTo(figures(j));
    }
    assertThat(j.get("reclaimableBytes").asLong()).isZero();
    assertThat(j.get("wastedBytes").asLong()).isZero();
    assertThat(j.get("findings")).isEmpty();
    assertThat(j.toString()).doesNotContain("scratch.o");
    matchesExportAndHistory("multistage", j);
    Cli.Result gate = Cli.run(Cli.REPO, null, Map.of(), "image", sources.get(1), "--ci");
    assertThat(gate.exit()).as(gate.out() + gate.err()).isZero();

    // --base: the busybox image the build started FROM, read from the engine's save.
    Path busybox = work.resolve("busybox.tar");
    stack.docker(work, "save", "-o", busybox.toString(), stack.value("PLIMSOLL_BASE_BUSYBOX")).ok();
    JsonNode split = image(sources.get(0), "--base", "docker-archive:" + busybox);
    assertThat(split.get("base").get("basis").asText()).isEqualTo("given");
    assertThat(split.get("base").get("layers").asInt()).isEqualTo(1);
    assertThat(split.get("own").get("layers").asInt()).isEqualTo(j.get("layers").size() - 1);
    assertThat(split.get("own").get("sizeBytes").asLong())
        .isEqualTo(j.get("userSizeBytes").asLong());
    Path debian = work.resolve("debian.tar");
    stack.docker(work, "save", "-o", debian.toString(), stack.value("PLIMSOLL_BASE_DEBIAN")).ok();
    Cli.Result notBase =
        Cli.run(Cli.REPO, null, Map.of(), "image", sources.get(0), "--base", debian.toString());
    assertThat(notBase.exit()).isEqualTo(2);
    assertThat(notBase.errLines())
        .singleElement()
        .asString()
        .startsWith(
            "error: " + debian + ": not the base of " + sources.get(0) + ": its layer 1 (sha256:");
  }

  /**
   * The regular files and links of the final file system are those {@code docker export} writes,
   * and every layer weighs what {@code docker history} says (the base layer once the lengths of its
   * symbolic links' targets are added, which Docker counts and tar headers do not).
   */
  private void matchesExportAndHistory(String name, JsonNode j) throws IOException {
    String tag = "plimsoll-it/" + name + ":" + nonce;
    String id = stack.docker(work, "create", tag).ok().out().strip();
    Path exported = work.resolve(name + "-export.tar");
    try {
      stack.docker(work, "export", "-o", exported.toString(), id).ok();
    } finally {
      stack.docker(work, "rm", id).ok();
    }
    String listing = stack.run(work, null, List.of("tar", "-tvf", exported.toString())).ok().out();
    Set<String> exportedFiles = new TreeSet<>();
    for (String line : listing.lines().toList()) {
      char type = line.charAt(0);
      String rest = line.replaceFirst("^\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+", "");
      String path = "/" + rest.replaceFirst(" (->|link to) .*$", "");
      if ((type == '-' || type == 'l' || type == 'h') && !RUNTIME.contains(path)) {
        exportedFiles.add(path);
      }
    }
    Set<String> ours = new TreeSet<>();
    long baseLinks = 0;
    for (JsonNode f : j.get("files")) {
      String kind = f.get("kind").asText();
      if (kind.equals("file") || kind.equals("symlink") || kind.equals("hardlink")) {
        ours.add(f.get("path").asText());
      }
      if (kind.equals("symlink") && f.get("layer").asInt() == 0) {
        baseLinks += f.get("target").asText().getBytes(UTF_8).length;
      }
    }
    Set<String> missing = new TreeSet<>(exportedFiles);
    missing.removeAll(ours);
    Set<String> extra = new TreeSet<>(ours);
    extra.removeAll(exportedFiles);
    assertThat(missing)
        .as("files docker export writes and plimsoll does not list (%s)", name)
        .isEmpty();
    assertThat(extra)
        .as("files plimsoll lists and docker export does not write (%s)", name)
        .isEmpty();
    assertThat(ours).hasSizeGreaterThan(100);
    matchesUmoci(name, j);

    List<Long> history = new ArrayList<>();
    for (String s :
        stack
            .docker(work, "history", "--human=false", "--format", "{{.Size}}", tag)
            .ok()
            .out()
            .lines()
            .toList()) {
      history.add(0, Long.parseLong(s.strip()));
    }
    List<Long> nonEmpty = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      if (i == 0 || history.get(i) > 0) {
        nonEmpty.add(history.get(i));
      }
    }
    List<Long> layers = new ArrayList<>();
    for (JsonNode l : j.get("layers")) {
      layers.add(l.get("sizeBytes").asLong());
    }
    layers.removeIf(s -> s == 0 && layers.indexOf(s) > 0);
    layers.set(0, layers.get(0) + baseLinks);
    assertThat(layers).as("layer sizes of %s vs docker history", name).isEqualTo(nonEmpty);
  }

  /**
   * The final file system is what {@code umoci unpack} makes of the OCI layout, path by path: the
   * same folders, files and links, with the same size, mode, owner and link target.
   */
  private void matchesUmoci(String name, JsonNode j) throws IOException {
    Path bundle = work.resolve(name + "-bundle");
    stack
        .run(
            work,
            null,
            List.of(
                "umoci",
                "--log",
                "error",
                "unpack",
                "--image",
                work.resolve(name + "-oci") + ":" + nonce,
                bundle.toString()))
        .ok();
    Path rootfs = bundle.resolve("rootfs");
    Set<String> unpacked = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(rootfs)) {
      for (Path p : walk.toList()) {
        if (!p.equals(rootfs)) {
          unpacked.add(describe(rootfs, p));
        }
      }
    }
    Set<String> ours = new TreeSet<>();
    for (JsonNode f : j.get("files")) {
      String kind = f.get("kind").asText();
      String shown =
          switch (kind) {
            case "directory" -> "d";
            case "symlink" -> "l";
            case "file", "hardlink" -> "-";
            default -> kind;
          };
      StringBuilder b =
          new StringBuilder(f.get("path").asText()).append(' ').append(shown).append(' ');
      b.append(f.get("uid").asLong()).append(':').append(f.get("gid").asLong());
      if (shown.equals("l")) {
        b.append(" -> ").append(f.get("target").asText());
      } else {
        b.append(' ').append(f.get("mode").asText());
      }
      ours.add(b.toString());
    }
    // Sizes: a hard link reports 0 bytes in the tar, and its target's size on disk.
    Map<String, Long> sizes = new java.util.HashMap<>();
    for (JsonNode f : j.get("files")) {
      if (f.get("kind").asText().equals("file")) {
        sizes.put(f.get("path").asText(), f.get("bytes").asLong());
      }
    }
    for (Map.Entry<String, Long> e : sizes.entrySet()) {
      Path p = rootfs.resolve(e.getKey().substring(1));
      assertThat(Files.size(p)).as("size of %s (%s)", e.getKey(), name).isEqualTo(e.getValue());
    }
    assertThat(unpacked).as("umoci unpack of %s", name).hasSizeGreaterThan(100);
    assertThat(unpacked).contains("/bin/sh l 0:0 -> busybox", "/bin d 0:0 0755");
    Set<String> missing = new TreeSet<>(unpacked);
    missing.removeAll(ours);
    Set<String> extra = new TreeSet<>(ours);
    extra.removeAll(unpacked);
    assertThat(missing).as("what umoci unpacks and plimsoll does not list (%s)", name).isEmpty();
    assertThat(extra).as("what plimsoll lists and umoci does not unpack (%s)", name).isEmpty();
  }

  /**
   * A path of an unpacked root file system as "PATH TYPE UID:GID MODE" or "PATH l UID:GID -> T".
   */
  private static String describe(Path rootfs, Path p) throws IOException {
    String path = "/" + rootfs.relativize(p).toString();
    java.nio.file.LinkOption nofollow = java.nio.file.LinkOption.NOFOLLOW_LINKS;
    Map<String, Object> unix = Files.readAttributes(p, "unix:uid,gid,mode", nofollow);
    String owner = unix.get("uid") + ":" + unix.get("gid");
    if (Files.isSymbolicLink(p)) {
      return path + " l " + owner + " -> " + Files.readSymbolicLink(p);
    }
    String type =
        Files.isDirectory(p, nofollow) ? "d" : Files.isRegularFile(p, nofollow) ? "-" : "?";
    int mode = (Integer) unix.get("mode") & 07777;
    return path
        + " "
        + type
        + " "
        + owner
        + " "
        + String.format(java.util.Locale.ROOT, "%04o", mode);
  }
}
