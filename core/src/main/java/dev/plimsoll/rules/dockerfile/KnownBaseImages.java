package dev.plimsoll.rules.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Plimsoll knows of widely used base images without pulling them: which tools they carry,
 * which set a non-root USER, which are full distributions with a smaller variant, which hold a JDK.
 * Each entry follows the image's published Dockerfile or documentation; an image not listed is
 * unknown, and rules stay silent about what they cannot know.
 */
final class KnownBaseImages {
  private KnownBaseImages() {}

  /**
   * An image reference with Docker Hub's implicit parts removed.
   *
   * @param repo {@code node}, {@code bitnami/nginx}, {@code gcr.io/distroless/static}: {@code
   *     docker.io/library/} and {@code docker.io/} dropped, lower case
   * @param tag the tag, {@code latest} when none is written
   * @param written the reference as written
   */
  record Image(String repo, String tag, String written) {
    /** The last path element: {@code nginx} for {@code bitnami/nginx}. */
    String shortName() {
      return repo.substring(repo.lastIndexOf('/') + 1);
    }

    boolean tagHas(String part) {
      return ("-" + tag + "-").contains("-" + part + "-");
    }
  }

  /** What a HEALTHCHECK can count on finding in an image. */
  enum Tools {
    /** Not known: assume anything is there. */
    UNKNOWN,
    /** BusyBox: {@code /bin/sh} and {@code wget}, no {@code curl} and no {@code bash}. */
    BUSYBOX,
    /** A shell (and bash), but neither {@code curl} nor {@code wget}. */
    NO_DOWNLOADER,
    /** No shell and no tools at all: only what the Dockerfile copies in. */
    NOTHING
  }

  private static final List<String> HUB_PREFIXES =
      List.of("docker.io/library/", "index.docker.io/library/", "docker.io/", "index.docker.io/");

  /** The image, when the reference is a valid one other than {@code scratch}. */
  static Optional<Image> parse(String reference) {
    ImageRef ref = ImageRef.parse(reference);
    if (!ref.valid() || reference.equalsIgnoreCase("scratch")) {
      return Optional.empty();
    }
    String repo = ref.name().toLowerCase(Locale.ROOT);
    for (String prefix : HUB_PREFIXES) {
      if (repo.startsWith(prefix)) {
        repo = repo.substring(prefix.length());
        break;
      }
    }
    if (repo.startsWith("library/")) {
      repo = repo.substring("library/".length());
    }
    return Optional.of(new Image(repo, ref.tag().orElse("latest"), reference));
  }

  /** Windows images have no root user; their default accounts are a different matter. */
  static boolean windows(Image image) {
    return image.repo().startsWith("mcr.microsoft.com/windows")
        || image.repo().startsWith("microsoft/windows")
        || image.repo().startsWith("microsoft/nanoserver")
        || image.tag().contains("windowsservercore")
        || image.tag().contains("nanoserver");
  }

  /**
   * True when the image's own configuration sets a non-root USER: distroless {@code nonroot} tags
   * (USER 65532), Chainguard images other than {@code -dev} (65532), Bitnami's non-root containers
   * (1001; not minideb), nginxinc/nginx-unprivileged (101), .NET chiseled images ({@code app}), Red
   * Hat UBI language images (1001, openjdk 185), jenkins/jenkins, grafana/grafana (472) and the
   * Prometheus project images ({@code prom/*}, {@code quay.io/prometheus/*}: {@code nobody}),
   * memcached ({@code memcache}) and Elastic's own elasticsearch and kibana images (1000).
   */
  static boolean setsNonRootUser(Image image) {
    String repo = image.repo();
    String tag = image.tag();
    if (repo.startsWith("gcr.io/distroless/")) {
      return tag.equals("nonroot") || tag.endsWith("-nonroot");
    }
    if (repo.startsWith("cgr.dev/chainguard/")) {
      return !tag.equals("dev") && !tag.endsWith("-dev");
    }
    if (repo.startsWith("bitnami/")) {
      return !repo.equals("bitnami/minideb");
    }
    if (repo.startsWith("prom/") || repo.startsWith("quay.io/prometheus/")) {
      return true;
    }
    if (repo.startsWith("mcr.microsoft.com/dotnet/")) {
      return tag.contains("chiseled");
    }
    if (repo.matches(
            "registry(\\.access)?\\.redhat\\.io/ubi\\d+/(nodejs|python|openjdk|php|ruby)-.*")
        || repo.matches(
            "registry\\.access\\.redhat\\.com/ubi\\d+/(nodejs|python|openjdk|php|ruby)-.*")) {
      return true;
    }
    return Set.of(
            "nginxinc/nginx-unprivileged",
            "jenkins/jenkins",
            "grafana/grafana",
            "memcached",
            "docker.elastic.co/elasticsearch/elasticsearch",
            "docker.elastic.co/kibana/kibana")
        .contains(repo);
  }

  /**
   * True when the image starts as root and its entrypoint drops to a service user with {@code gosu}
   * or {@code su-exec}, as the official postgres, mysql, mariadb, percona, mongo, redis, rabbitmq,
   * cassandra, couchdb, elasticsearch, zookeeper and redmine images' {@code docker-entrypoint.sh}
   * do. An image built on one keeps that, unless it replaces the ENTRYPOINT.
   */
  static boolean dropsPrivileges(Image image) {
    return Set.of(
            "postgres",
            "mysql",
            "mariadb",
            "percona",
            "mongo",
            "redis",
            "rabbitmq",
            "cassandra",
            "couchdb",
            "elasticsearch",
            "zookeeper",
            "redmine")
        .contains(image.repo());
  }

  /**
   * The tools the image carries, from each image's Dockerfile: Alpine and BusyBox (and the {@code
   * -alpine} variants of node, python and golang) have BusyBox's {@code wget} but no {@code curl};
   * Debian and Ubuntu, and the {@code -slim} variants of node and python, have neither; distroless
   * (but its {@code debug} tags, which add BusyBox) and Chainguard (but {@code -dev}, wolfi-base
   * and busybox) have no shell at all.
   */
  static Tools tools(Image image) {
    String repo = image.repo();
    if (repo.startsWith("gcr.io/distroless/")) {
      return image.tag().startsWith("debug") || image.tag().contains("-debug")
          ? Tools.BUSYBOX
          : Tools.NOTHING;
    }
    if (repo.startsWith("cgr.dev/chainguard/")) {
      return image.tagHas("dev") || Set.of("wolfi-base", "busybox").contains(image.shortName())
          ? Tools.BUSYBOX
          : Tools.NOTHING;
    }
    if (repo.equals("alpine") || repo.equals("busybox")) {
      return Tools.BUSYBOX;
    }
    if (repo.equals("debian") || repo.equals("ubuntu")) {
      return Tools.NO_DOWNLOADER;
    }
    if (Set.of("node", "python", "golang").contains(repo) && image.tag().contains("alpine")) {
      return Tools.BUSYBOX;
    }
    if (Set.of("node", "python").contains(repo) && image.tag().contains("slim")) {
      return Tools.NO_DOWNLOADER;
    }
    return Tools.UNKNOWN;
  }

  /**
   * True when the image's own CMD is a shell or a language prompt, as in the distribution images
   * ({@code alpine}, {@code debian}, {@code ubuntu}, ...) and the official language images ({@code
   * python3}, {@code node}, {@code irb}, {@code jshell}, {@code php -a}; not php's {@code -fpm} and
   * {@code -apache} variants, which run a server).
   */
  static boolean defaultsToPrompt(Image image) {
    if (image.repo().equals("php")) {
      return !image.tagHas("fpm") && !image.tagHas("apache");
    }
    return Set.of(
            "alpine",
            "busybox",
            "debian",
            "ubuntu",
            "buildpack-deps",
            "centos",
            "fedora",
            "rockylinux",
            "almalinux",
            "amazonlinux",
            "oraclelinux",
            "opensuse/leap",
            "archlinux",
            "python",
            "pypy",
            "node",
            "ruby",
            "golang",
            "rust",
            "perl",
            "openjdk",
            "eclipse-temurin",
            "amazoncorretto",
            "adoptopenjdk",
            "julia",
            "erlang",
            "elixir",
            "haskell",
            "gcc",
            "clojure",
            "swift")
        .contains(image.repo());
  }

  private static final Set<String> CODENAMES =
      Set.of(
          "trixie",
          "bookworm",
          "bullseye",
          "buster",
          "stretch",
          "jessie",
          "focal",
          "jammy",
          "noble");

  /**
   * The smaller variant of a full distribution image, when its maintainers publish one: {@code
   * node:20} gives {@code node:20-slim}, {@code debian:12} {@code debian:12-slim}, {@code php:8.3}
   * {@code php:8.3-cli-alpine}, {@code golang:1.22} {@code golang:1.22-alpine}. Empty for tags that
   * are already slim, alpine, distroless or Windows, and for images such as {@code ubuntu}, whose
   * maintainers publish no smaller variant (the base is already minimal).
   */
  static Optional<String> smallerVariant(Image image) {
    String tag = image.tag();
    if (windows(image)
        || image.tagHas("slim")
        || tag.contains("alpine")
        || image.tagHas("apache")) {
      return Optional.empty();
    }
    boolean latest = tag.equals("latest");
    String version = latest ? "" : withoutCodename(tag);
    String prefix = image.written().substring(0, image.written().length() - tagLength(image));
    return switch (image.repo()) {
      case "node", "python", "ruby", "rust", "perl" ->
          Optional.of(prefix + ":" + (latest ? "slim" : version + "-slim"));
      case "golang" -> Optional.of(prefix + ":" + (latest ? "alpine" : version + "-alpine"));
      case "php" -> {
        boolean variant = version.contains("-");
        yield Optional.of(
            prefix
                + ":"
                + (latest
                    ? "cli-alpine"
                    : variant ? version + "-alpine" : version + "-cli-alpine"));
      }
      case "debian" -> Optional.of(prefix + ":" + (latest ? "stable-slim" : tag + "-slim"));
      case "buildpack-deps" -> {
        // Only the plain tags hold the compilers; -curl and -scm add a few tools to Debian.
        if (latest) {
          yield Optional.of("debian:stable-slim");
        }
        yield CODENAMES.contains(tag) && !Set.of("focal", "jammy", "noble").contains(tag)
            ? Optional.of("debian:" + tag + "-slim")
            : Optional.empty();
      }
      default -> Optional.empty();
    };
  }

  private static String withoutCodename(String tag) {
    for (String codename : CODENAMES) {
      if (tag.endsWith("-" + codename)) {
        return tag.substring(0, tag.length() - codename.length() - 1);
      }
    }
    return tag;
  }

  private static int tagLength(Image image) {
    String written = image.written();
    int at = written.indexOf('@');
    String noDigest = at >= 0 ? written.substring(0, at) : written;
    int colon = noDigest.lastIndexOf(':');
    return written.length() - (colon > noDigest.lastIndexOf('/') ? colon : noDigest.length());
  }

  private static final Pattern JAVA_VERSION =
      Pattern.compile("(?:^|-)(?:jdk|openjdk-|temurin-|corretto-|java)?(\\d+)(?:[.u_-]|$)");

  /**
   * The JRE to run on instead, when the image is a JDK or a Java build tool image: {@code
   * eclipse-temurin:17} and {@code eclipse-temurin:17-jdk-alpine} give {@code
   * eclipse-temurin:17-jre} and {@code eclipse-temurin:17-jre-alpine}; {@code openjdk} (deprecated
   * upstream), {@code amazoncorretto} (no JRE image after 8), {@code maven} and {@code gradle} give
   * {@code eclipse-temurin:N-jre} for their Java version. Empty for JRE tags and other images.
   */
  static Optional<String> jreFor(Image image) {
    String tag = image.tag();
    if (image.tagHas("jre") || windows(image)) {
      return Optional.empty();
    }
    String prefix = image.written().substring(0, image.written().length() - tagLength(image));
    switch (image.repo()) {
      case "eclipse-temurin", "adoptopenjdk", "ibm-semeru-runtimes", "sapmachine" -> {
        if (tag.equals("latest")) {
          return Optional.of(prefix + ":" + "jre");
        }
        return Optional.of(
            prefix + ":" + (tag.contains("jdk") ? tag.replace("jdk", "jre") : insertJre(tag)));
      }
      case "azul/zulu-openjdk" -> {
        return Optional.of(prefix + ":" + (tag.equals("latest") ? "jre" : insertJre(tag)));
      }
      case "openjdk", "amazoncorretto", "maven", "gradle" -> {
        String major = javaVersion(image).orElse("<version>");
        return Optional.of("eclipse-temurin:" + major + "-jre");
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** {@code 17-alpine} gives {@code 17-jre-alpine}: the JRE tag sits after the version. */
  private static String insertJre(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag + "-jre" : tag.substring(0, dash) + "-jre" + tag.substring(dash);
  }

  /** The Java feature version a tag names: 17 for {@code 3.9-eclipse-temurin-17}, {@code 8u}. */
  private static Optional<String> javaVersion(Image image) {
    String tag = image.tag();
    if (image.repo().equals("maven") || image.repo().equals("gradle")) {
      Matcher m =
          Pattern.compile("(?:jdk|temurin-|openjdk-|corretto-|sapmachine-)(\\d+)").matcher(tag);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
    Matcher m = JAVA_VERSION.matcher(tag);
    return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
