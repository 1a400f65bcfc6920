package dev.plimsoll.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How copy-secret-file names secrets and how pipe-to-shell reads interpreters' arguments. */
class SecureRuleModelsTest {

  @Test
  void secretsAreToldByName() {
    assertThat(SecretFile.of(".npmrc")).contains(SecretFile.NPMRC);
    assertThat(SecretFile.of("./config/.npmrc")).contains(SecretFile.NPMRC);
    assertThat(SecretFile.of("_netrc")).contains(SecretFile.NETRC);
    assertThat(SecretFile.of(".env.production")).contains(SecretFile.ENV);
    assertThat(SecretFile.of("home/.aws/")).contains(SecretFile.AWS);
    assertThat(SecretFile.of("x/.aws/credentials")).contains(SecretFile.AWS);
    assertThat(SecretFile.of(".docker/config.json")).contains(SecretFile.DOCKER_CONFIG);
    assertThat(SecretFile.of("keys\\id_ed25519")).contains(SecretFile.SSH_KEY);
    assertThat(SecretFile.of("tls/Server-Key.pem")).contains(SecretFile.PRIVATE_KEY);
    assertThat(SecretFile.of("tls/server.key")).contains(SecretFile.PRIVATE_KEY);
    assertThat(SecretFile.of("capture.key")).contains(SecretFile.PRIVATE_KEY);
    assertThat(SecretFile.of("client.pfx")).contains(SecretFile.PRIVATE_KEY);
  }

  @Test
  void publicFilesAndTemplatesAreNotSecrets() {
    for (String path :
        new String[] {
          ".env.example",
          ".env.dist",
          ".npmrc.sample",
          "id_rsa.pub",
          "ca.pem",
          "fullchain.pem",
          "public-key.pem",
          "server.crt",
          "nginx_signing.key",
          "Release.key",
          "docker-archive-keyring.key",
          "repo.gpg.key",
          ".aws/config",
          "config.json",
          ".docker",
          "environment",
          "npmrc"
        }) {
      assertThat(SecretFile.of(path)).as(path).isEmpty();
    }
  }

  @Test
  void interpretersRunStandardInputOnlyWithoutCodeOrScript() {
    assertThat(source("sh")).contains(Interpreter.Source.STDIN);
    assertThat(source("sudo -E bash -s -- --version 2")).contains(Interpreter.Source.STDIN);
    assertThat(source("bash -euo pipefail")).contains(Interpreter.Source.STDIN);
    assertThat(source("python3 -W ignore -")).contains(Interpreter.Source.STDIN);
    assertThat(source("php -- --install-dir=/usr/local/bin")).contains(Interpreter.Source.STDIN);
    assertThat(source("busybox sh")).contains(Interpreter.Source.STDIN);
    assertThat(source("sh -ec 'cat > f'")).contains(Interpreter.Source.INLINE);
    assertThat(source("python3 -m json.tool")).contains(Interpreter.Source.INLINE);
    assertThat(source("node --eval 'x'")).contains(Interpreter.Source.INLINE);
    assertThat(source("perl -ne 'print'")).contains(Interpreter.Source.INLINE);
    assertThat(source("bash ./install.sh")).contains(Interpreter.Source.FILE);
    assertThat(source(". /etc/os-release")).contains(Interpreter.Source.FILE);
    assertThat(source("tar -xz")).isEmpty();
    assertThat(source("busybox wget -q URL")).isEmpty();
  }

  private static Optional<Interpreter.Source> source(String command) {
    SimpleCommand c = ShellScript.parse(command).commands().get(0);
    return Interpreter.of(c).map(Interpreter::source);
  }
}
