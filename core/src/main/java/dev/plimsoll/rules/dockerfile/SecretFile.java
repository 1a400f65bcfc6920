package dev.plimsoll.rules.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The files that hold credentials, told by their path: tool configuration that carries tokens
 * ({@code .npmrc}, {@code .pypirc}, {@code .netrc}, {@code .git-credentials}, {@code
 * .docker/config.json}, {@code .aws/credentials} or the whole {@code .aws} folder), {@code .env}
 * files, SSH private keys and the {@code .ssh} folder, and private keys. A {@code .pem} is taken
 * for a private key only when its name says so ({@code key.pem}, {@code privkey.pem}): {@code
 * ca.pem}, {@code cert.pem} and {@code fullchain.pem} are certificates, public by design, as are
 * {@code .crt} files. A {@code .key} is private unless its name says it is a signing key for a
 * package repository ({@code nginx_signing.key}, {@code Release.key}, {@code repo.gpg.key}). Names
 * of templates ({@code .env.example}, {@code .npmrc.sample}) hold no secrets.
 */
enum SecretFile {
  NPMRC("an npm token", "npmrc", "/root/.npmrc", "npm ci"),
  PYPIRC("PyPI credentials", "pypirc", "/root/.pypirc", "twine upload dist/*"),
  NETRC("login credentials", "netrc", "/root/.netrc", "curl --netrc -fsSLO <url>"),
  GIT_CREDENTIALS(
      "git credentials", "git-credentials", "/root/.git-credentials", "git clone <url>"),
  DOCKER_CONFIG("registry credentials", "docker-config", "/root/.docker/config.json", "<cmd>"),
  AWS("AWS credentials", "aws", "/root/.aws/credentials", "aws s3 cp <src> <dest>"),
  ENV("environment secrets", "env", "/app/.env", "<cmd>"),
  SSH_KEY("an SSH private key", "", "", ""),
  PRIVATE_KEY("a private key", "key", "/run/secrets/key", "<cmd>");

  private static final Set<String> SSH_KEYS =
      Set.of("id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk");
  private static final List<String> TEMPLATES =
      List.of(
          ".example", ".sample", ".template", ".dist", ".tmpl", ".tpl", ".default", ".defaults");
  private static final List<String> SIGNING_KEY_HINTS =
      List.of("pub", "gpg", "pgp", "sign", "release", "repo", "apt", "keyring", "archive");

  private final String what;
  private final String id;
  private final String target;
  private final String command;

  SecretFile(String what, String id, String target, String command) {
    this.what = what;
    this.id = id;
    this.target = target;
    this.command = command;
  }

  /** What the file holds, for a message: {@code an npm token}. */
  String what() {
    return what;
  }

  /** Where a secret mount of it usually goes. */
  String target() {
    return target;
  }

  /** How to hand the file to the one RUN that needs it, mounted at {@code at}. */
  String advice(String at) {
    return switch (this) {
      case SSH_KEY ->
          "forward the SSH agent to the one RUN that needs it with"
              + " RUN --mount=type=ssh git clone <repo> (docker build --ssh default)";
      case ENV ->
          "pass the values at run time (docker run --env-file), or mount them where the build"
              + " needs them with RUN --mount=type=secret,id=env,target="
              + at
              + " "
              + command;
      case PRIVATE_KEY ->
          "mount it at run time (a volume or an orchestrator secret), or where the build needs"
              + " it with RUN --mount=type=secret,id=key,target="
              + at
              + " "
              + command;
      default ->
          "mount it only where it is needed with RUN --mount=type=secret,id="
              + id
              + ",target="
              + at
              + " "
              + command;
    };
  }

  /** The kind of secret the path names, if any; the path as expanded, quotes removed. */
  static Optional<SecretFile> of(String path) {
    String p = path.replace('\\', '/');
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    int slash = p.lastIndexOf('/');
    String name = p.substring(slash + 1);
    String parent = slash < 0 ? "" : p.substring(p.lastIndexOf('/', slash - 1) + 1, slash);
    String lower = name.toLowerCase(Locale.ROOT);
    if (isTemplate(name)) {
      return Optional.empty();
    }
    Optional<SecretFile> kind =
        switch (lower) {
          case ".npmrc" -> Optional.of(NPMRC);
          case ".pypirc" -> Optional.of(PYPIRC);
          case ".netrc", "_netrc" -> Optional.of(NETRC);
          case ".git-credentials" -> Optional.of(GIT_CREDENTIALS);
          case ".aws" -> Optional.of(AWS);
          case ".ssh" -> Optional.of(SSH_KEY);
          case ".env" -> Optional.of(ENV);
          default -> Optional.empty();
        };
    if (kind.isPresent()) {
      return kind;
    }
    if (lower.startsWith(".env.")) {
      return Optional.of(ENV);
    }
    if (SSH_KEYS.contains(lower)) {
      return Optional.of(SSH_KEY);
    }
    if (parent.equals(".aws") && lower.equals("credentials")) {
      return Optional.of(AWS);
    }
    if (parent.equals(".docker") && lower.equals("config.json")) {
      return Optional.of(DOCKER_CONFIG);
    }
    return isPrivateKey(lower) ? Optional.of(PRIVATE_KEY) : Optional.empty();
  }

  /** True for names such as {@code .env.example}: a template, committed on purpose. */
  static boolean isTemplate(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    while (lower.endsWith("/")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    for (String suffix : TEMPLATES) {
      if (lower.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPrivateKey(String name) {
    if (name.endsWith(".p12") || name.endsWith(".pfx")) {
      return true;
    }
    if (name.endsWith(".pem")) {
      String stem = name.substring(0, name.length() - 4);
      return (stem.contains("key") || stem.contains("priv")) && !stem.contains("pub");
    }
    if (name.endsWith(".key")) {
      // By word, so that capture.key is not taken for an apt key.
      for (String word : name.substring(0, name.length() - 4).split("[^a-z0-9]+", -1)) {
        if (SIGNING_KEY_HINTS.stream().anyMatch(word::startsWith)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
