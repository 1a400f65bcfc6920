package dev.plimsoll.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.compose.yaml.YamlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading projects from files on disk: discovery, merging, extends, include, profiles, names. */
class ComposeLoadTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private ComposeProject load(String... files) throws BadInputException {
    return Compose.load(
        ComposeOptions.in(dir).withFiles(java.util.Arrays.stream(files).map(Path::of).toList()));
  }

  private static String yaml(ComposeProject p, String service) {
    return YamlWriter.plain(p.service(service).orElseThrow().raw()).toString();
  }

  @Test
  void mergesMappingsByKeyAndAppendsSequences() throws Exception {
    write(
        "a.yaml",
        "services:\n  foo:\n    image: a\n    dns: [1.1.1.1]\n    command: [echo, foo]\n");
    write(
        "b.yaml",
        "services:\n  foo:\n    image: b\n    dns: [8.8.8.8]\n    command: [echo, bar]\n");

    ComposeProject p = load("a.yaml", "b.yaml");

    assertThat(yaml(p, "foo")).isEqualTo("{image=b, dns=[1.1.1.1, 8.8.8.8], command=[echo, bar]}");
  }

  @Test
  void mergesUniqueResourcesByTheirKey() throws Exception {
    write(
        "a.yaml",
        "services:\n  foo:\n    image: a\n    volumes: [foo:/work]\n    ports: ['8080:80']\n    environment: [A=1, B=2]\n");
    write(
        "b.yaml",
        "services:\n  foo:\n    volumes: [bar:/work]\n    ports: ['8080:80', '9090:90']\n    environment: {B: 3}\nvolumes:\n  foo:\n  bar:\n");

    Service foo = load("a.yaml", "b.yaml").service("foo").orElseThrow();

    assertThat(foo.volumes())
        .singleElement()
        .satisfies(v -> assertThat(v.source()).contains("bar"));
    assertThat(foo.ports())
        .extracting(pt -> pt.published().orElseThrow())
        .containsExactly("8080", "9090");
    assertThat(foo.environment().get("A").value()).contains("1");
    assertThat(foo.environment().get("B").value()).contains("3");
  }

  @Test
  void resetRemovesAndOverrideReplaces() throws Exception {
    write(
        "a.yaml",
        "services:\n  app:\n    image: myapp\n    ports: ['8080:80']\n    environment:\n      FOO: BAR\n    dns: [1.1.1.1]\n");
    write(
        "b.yaml",
        "services:\n  app:\n    ports: !reset []\n    environment:\n      FOO: !reset null\n    dns: !override [9.9.9.9]\n");

    assertThat(yaml(load("a.yaml", "b.yaml"), "app"))
        .isEqualTo("{image=myapp, environment={}, dns=[9.9.9.9]}");
  }

  @Test
  void findsTheDefaultFileAndItsOverride() throws Exception {
    write("docker-compose.yml", "services:\n  web:\n    image: old\n");
    write("compose.yaml", "services:\n  web:\n    image: new\n");
    write("compose.override.yaml", "services:\n  web:\n    restart: always\n");
    Files.createDirectories(dir.resolve("sub"));

    ComposeProject p = Compose.load(ComposeOptions.in(dir.resolve("sub")));

    assertThat(p.files())
        .containsExactly(
            dir.resolve("compose.yaml").toString(),
            dir.resolve("compose.override.yaml").toString());
    Service web = p.service("web").orElseThrow();
    assertThat(web.image()).contains("new");
    assertThat(web.restart()).contains("always");
  }

  @Test
  void composeFileListsTheFilesWithThePathSeparator() throws Exception {
    write("one.yaml", "services:\n  a:\n    image: a\n");
    write("two.yaml", "services:\n  b:\n    image: b\n");

    ComposeProject p =
        Compose.load(
            ComposeOptions.in(dir)
                .withEnvironment(
                    Map.of("COMPOSE_FILE", "one.yaml" + java.io.File.pathSeparator + "two.yaml")));

    assertThat(p.services()).extracting(Service::name).containsExactly("a", "b");
  }

  @Test
  void extendsServicesInTheSameFileAndOthersWithTheirOwnPaths() throws Exception {
    write(
        "common/base.yaml",
        "services:\n  base:\n    image: base\n    build: ./ctx\n    environment: [A=1]\n");
    write(
        "compose.yaml",
        "services:\n  mid:\n    extends: {file: common/base.yaml, service: base}\n    environment: [B=2]\n  web:\n    extends: mid\n    image: web\n");

    Service web = load("compose.yaml").service("web").orElseThrow();

    assertThat(web.image()).contains("web");
    assertThat(web.build().orElseThrow().context()).isEqualTo(dir.resolve("common/ctx").toString());
    assertThat(web.environment()).containsOnlyKeys("A", "B");
  }

  @Test
  void refusesAnExtendsCycle() throws Exception {
    write("compose.yaml", "services:\n  a:\n    image: x\n    extends: b\n  b:\n    extends: a\n");

    assertThatThrownBy(() -> load("compose.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("extends cycle");
  }

  @Test
  void includesAProjectWithItsOwnFolderAndVariables() throws Exception {
    write("lib/.env", "TAG=3.1\n");
    write("lib/compose.yaml", "services:\n  db:\n    image: db:${TAG}\n    env_file: db.env\n");
    write(
        "compose.yaml",
        "include:\n  - lib/compose.yaml\nservices:\n  web:\n    image: web\n    depends_on: [db]\n");

    ComposeProject p = load("compose.yaml");

    Service db = p.service("db").orElseThrow();
    assertThat(db.image()).contains("db:3.1");
    assertThat(db.envFiles().get(0).path()).isEqualTo(dir.resolve("lib/db.env").toString());
    assertThat(p.service("web").orElseThrow().dependsOn().get("db").condition())
        .isEqualTo("service_started");
  }

  @Test
  void profilesEnableServicesFromFlagsAndComposeProfiles() throws Exception {
    write(
        "compose.yaml",
        "services:\n  a:\n    image: a\n  b:\n    image: b\n    profiles: [debug]\n  c:\n    image: c\n    profiles: [tools]\n");

    assertThat(load("compose.yaml").services()).extracting(Service::name).containsExactly("a");
    ComposeProject p =
        Compose.load(
            ComposeOptions.in(dir)
                .withProfiles(List.of("debug"))
                .withEnvironment(Map.of("COMPOSE_PROFILES", "tools")));
    assertThat(p.services()).extracting(Service::name).containsExactly("a", "b", "c");
  }

  @Test
  void interpolatesFromEnvFilesUnderTheEnvironment() throws Exception {
    write(".env", "TAG=from-dotenv\nOTHER=x\n");
    write("prod.env", "TAG=from-env-file\n");
    write(
        "compose.yaml",
        "name: ${NAME:-Demo_App}\nservices:\n  a:\n    image: app:${TAG}\n    user: ${USER_ID}\n");

    ComposeProject dotenv = load("compose.yaml");
    assertThat(dotenv.service("a").orElseThrow().image()).contains("app:from-dotenv");
    assertThat(dotenv.name()).isEqualTo("demo_app");
    assertThat(dotenv.unset())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.name()).isEqualTo("USER_ID");
              assertThat(u.pos().line()).isEqualTo(5);
            });

    ComposeProject envFile =
        Compose.load(ComposeOptions.in(dir).withEnvFiles(List.of(Path.of("prod.env"))));
    assertThat(envFile.service("a").orElseThrow().image()).contains("app:from-env-file");

    ComposeProject env =
        Compose.load(ComposeOptions.in(dir).withEnvironment(Map.of("TAG", "shell")));
    assertThat(env.service("a").orElseThrow().image()).contains("app:shell");
  }

  @Test
  void aBareEnvironmentNameTakesItsValueFromTheVariablesAsTheContainerGetsIt() throws Exception {
    write(".env", "FROM_DOTENV=d\nFROM_SHELL=loses\n");
    write(
        "compose.yaml",
        """
        services:
          a:
            image: a
            environment: [FROM_SHELL, FROM_DOTENV, UNSET, SET=x]
          b:
            image: b
            environment:
              FROM_SHELL:
              UNSET:
        """);

    ComposeProject p =
        Compose.load(ComposeOptions.in(dir).withEnvironment(Map.of("FROM_SHELL", "s$1")));

    assertThat(yaml(p, "a"))
        .isEqualTo("{image=a, environment={FROM_SHELL=s$1, FROM_DOTENV=d, UNSET=null, SET=x}}");
    assertThat(yaml(p, "b")).isEqualTo("{image=b, environment={FROM_SHELL=s$1, UNSET=null}}");
    assertThat(p.service("a").orElseThrow().environment().get("UNSET").value()).isEmpty();
  }

  @Test
  void extraHostsMixTheColonAndEqualsFormsEntryByEntry() throws Exception {
    write(
        "compose.yaml",
        """
        services:
          a:
            image: a
            extra_hosts: ["db.local:10.0.0.2", "api.local=10.0.0.3", "v6.local=::1", "v6b:fe80::1"]
        """);

    assertThat(yaml(load("compose.yaml"), "a"))
        .isEqualTo(
            "{image=a, extra_hosts={db.local=10.0.0.2, api.local=10.0.0.3, v6.local=::1,"
                + " v6b=fe80::1}}");
  }

  @Test
  void normalizesShortSyntaxes() throws Exception {
    write(
        "compose.yaml",
        "services:\n  a:\n    build: ./app\n    ports: ['127.0.0.1:8000-8001:80-81/udp', '3000']\n    volumes: ['./data:/data:ro', 'cache:/cache', '/anon']\n    depends_on: [b]\n    healthcheck:\n      test: curl -f http://localhost\n      interval: 1m30s\n  b:\n    image: b\nvolumes:\n  cache:\n");

    Service a = load("compose.yaml").service("a").orElseThrow();

    assertThat(a.build().orElseThrow().context()).isEqualTo(dir.resolve("app").toString());
    assertThat(a.ports())
        .extracting(
            p ->
                p.hostIp().orElse("*")
                    + ":"
                    + p.published().orElse("-")
                    + ":"
                    + p.target()
                    + "/"
                    + p.protocol())
        .containsExactly("127.0.0.1:8000:80/udp", "127.0.0.1:8001:81/udp", "*:-:3000/tcp");
    assertThat(a.volumes())
        .extracting(
            v -> v.type() + " " + v.source().orElse("-") + " " + v.target() + " " + v.readOnly())
        .containsExactly(
            "bind " + dir.resolve("data") + " /data true",
            "volume cache /cache false",
            "volume - /anon false");
    assertThat(a.dependsOn().get("b").condition()).isEqualTo("service_started");
    assertThat(a.healthcheck().orElseThrow().test())
        .containsExactly("CMD-SHELL", "curl -f http://localhost");
    assertThat(a.healthcheck().orElseThrow().interval()).contains("1m30s");
  }

  @Test
  void schemaErrorsNameFileLineAndKey() throws Exception {
    write(
        "compose.yaml",
        "services:\n  web:\n    image: nginx\n    ports:\n      - 80\n    cap_add: ALL\n");

    assertThatThrownBy(() -> load("compose.yaml"))
        .hasMessage("compose.yaml:6: services.web.cap_add: string found, array expected");
  }

  @Test
  void unknownKeysAreRefusedAtTheirLine() throws Exception {
    write("compose.yaml", "services:\n  web:\n    image: nginx\n    imagee: typo\n");

    assertThatThrownBy(() -> load("compose.yaml"))
        .hasMessageStartingWith("compose.yaml:4: services.web.imagee: ");
  }

  @Test
  void aMissingFileOrRequiredVariableIsOneLine() throws Exception {
    assertThatThrownBy(() -> load("nope.yaml")).hasMessage("nope.yaml: no such file");
    write("compose.yaml", "services:\n  web:\n    image: ${IMG:?set IMG}\n");
    assertThatThrownBy(() -> load("compose.yaml"))
        .hasMessage(
            "compose.yaml:3: services.web.image: required variable IMG is missing a value: set IMG");
  }

  @Test
  void portRangesThatCannotBeAreRefusedWithTheLine() throws Exception {
    for (String port : new String[] {"-8001:80-81/udp", "1-99999:1-99999", "90-80"}) {
      write("compose.yaml", "services:\n  web:\n    image: nginx\n    ports: ['" + port + "']\n");
      assertThatThrownBy(() -> load("compose.yaml"))
          .as(port)
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("compose.yaml:4")
          .hasMessageContaining("invalid port \"" + port + "\"");
    }
  }
}
