package dev.plimsoll.dockerfile.instruction;

import static dev.plimsoll.dockerfile.instruction.Typed.second;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.syntax.Heredoc;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each instruction typed from real text, with the fields a rule reads. */
class InstructionTypesTest {

  @Test
  void fromWithPlatformAndStageName() throws Exception {
    From f =
        Typed.of("FROM --platform=$BUILDPLATFORM golang:1.22 AS Build\n").stages().get(0).from();
    assertThat(f.image()).isEqualTo("golang:1.22");
    assertThat(f.stageName()).contains("Build");
    assertThat(f.flags().value("platform")).contains("$BUILDPLATFORM");
    assertThat(f.isScratch()).isFalse();
    assertThat(f.keyword()).isEqualTo("FROM");
  }

  @Test
  void runShellFormWithRepeatedMounts() throws Exception {
    Run r =
        second(
            "RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=npm"
                + " --network=none make build",
            Run.class);
    assertThat(r.flags().values("mount"))
        .containsExactly("type=cache,target=/root/.cache", "type=secret,id=npm");
    assertThat(r.flags().value("network")).contains("none");
    assertThat(r.flags().texts())
        .containsExactly(
            "--mount=type=cache,target=/root/.cache",
            "--mount=type=secret,id=npm",
            "--network=none");
    assertThat(r.command().exec()).isFalse();
    assertThat(r.command().args()).containsExactly("make build");
  }

  @Test
  void runExecForm() throws Exception {
    Run r = second("RUN [\"apt-get\", \"install\", \"-y\", \"curl\"]", Run.class);
    assertThat(r.command().exec()).isTrue();
    assertThat(r.command().args()).containsExactly("apt-get", "install", "-y", "curl");
    assertThat(r.command().text()).isEqualTo("apt-get install -y curl");
  }

  @Test
  void runHeredocKeepsItsBody() throws Exception {
    Dockerfile df = Typed.of("FROM alpine\nRUN <<EOF\napk add curl\necho done\nEOF\nUSER nobody\n");
    Run r = (Run) df.instructions().get(1);
    assertThat(r.command().heredocs())
        .extracting(Heredoc::name, Heredoc::content)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EOF", "apk add curl\necho done\n"));
    assertThat(r.line()).isEqualTo(2);
    assertThat(r.endLine()).isEqualTo(5);
    assertThat(df.instructions().get(2).line()).isEqualTo(6);
  }

  @Test
  void copyHeredocSourceAndFromFlag() throws Exception {
    Dockerfile df =
        Typed.of(
            """
            FROM alpine AS build
            FROM scratch
            COPY --from=build --chmod=755 <<EOF /bin/hi
            #!/bin/sh
            EOF
            """);
    Copy c = (Copy) df.stages().get(1).instructions().get(0);
    assertThat(c.from()).contains("build");
    assertThat(c.flags().value("chmod")).contains("755");
    assertThat(c.sources()).containsExactly("<<EOF");
    assertThat(c.destination()).isEqualTo("/bin/hi");
    assertThat(c.node().heredocs()).extracting(Heredoc::content).containsExactly("#!/bin/sh\n");
  }

  @Test
  void copyWithSeveralSourcesAndLink() throws Exception {
    Copy c = second("COPY --link a.txt b/ /dest/", Copy.class);
    assertThat(c.sources()).containsExactly("a.txt", "b/");
    assertThat(c.destination()).isEqualTo("/dest/");
    assertThat(c.flags().has("link")).isTrue();
    assertThat(c.flags().value("link")).isEmpty();
    assertThat(c.from()).isEmpty();
  }

  @Test
  void copyJsonForm() throws Exception {
    Copy c = second("COPY [\"my file.txt\", \"/dest dir/\"]", Copy.class);
    assertThat(c.sources()).containsExactly("my file.txt");
    assertThat(c.destination()).isEqualTo("/dest dir/");
  }

  @Test
  void addWithChecksum() throws Exception {
    Add a =
        second(
            "ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d"
                + " https://example.com/x.tar.gz /x.tar.gz",
            Add.class);
    assertThat(a.flags().value("checksum"))
        .contains("sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d");
    assertThat(a.sources()).containsExactly("https://example.com/x.tar.gz");
    assertThat(a.destination()).isEqualTo("/x.tar.gz");
  }

  @Test
  void cmdAndEntrypointInBothForms() throws Exception {
    Dockerfile df = Typed.of("FROM a\nCMD [\"--help\"]\nENTRYPOINT exec app\ncmd\n");
    Cmd cmd = (Cmd) df.instructions().get(1);
    Entrypoint ep = (Entrypoint) df.instructions().get(2);
    Cmd empty = (Cmd) df.instructions().get(3);
    assertThat(cmd.command().exec()).isTrue();
    assertThat(cmd.command().args()).containsExactly("--help");
    assertThat(ep.command().exec()).isFalse();
    assertThat(ep.command().args()).containsExactly("exec app");
    assertThat(empty.command().args()).isEmpty();
    assertThat(empty.keyword()).isEqualTo("CMD");
  }

  @Test
  void envNewAndLegacyForms() throws Exception {
    Dockerfile df = Typed.of("FROM a\nENV A=1 B=\"two words\"\nENV C three words\n");
    Env modern = (Env) df.instructions().get(1);
    Env legacy = (Env) df.instructions().get(2);
    assertThat(modern.pairs())
        .containsExactly(new KeyValue("A", "1", false), new KeyValue("B", "\"two words\"", false));
    assertThat(legacy.pairs()).containsExactly(new KeyValue("C", "three words", true));
  }

  @Test
  void labelPairs() throws Exception {
    Label l = second("LABEL org.opencontainers.image.title=\"Plimsoll\" version=1", Label.class);
    assertThat(l.pairs())
        .extracting(KeyValue::key, KeyValue::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("org.opencontainers.image.title", "\"Plimsoll\""),
            org.assertj.core.groups.Tuple.tuple("version", "1"));
  }

  @Test
  void argWithAndWithoutDefaultsSeveralPerLine() throws Exception {
    Arg a = second("ARG VERSION=1.2 DEBUG EMPTY= URL=a=b", Arg.class);
    assertThat(a.definitions())
        .containsExactly(
            new ArgDefinition("VERSION", Optional.of("1.2")),
            new ArgDefinition("DEBUG", Optional.empty()),
            new ArgDefinition("EMPTY", Optional.of("")),
            new ArgDefinition("URL", Optional.of("a=b")));
  }

  @Test
  void healthcheckNoneShellAndExec() throws Exception {
    Dockerfile df =
        Typed.of(
            """
            FROM a
            HEALTHCHECK NONE
            HEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/
            healthcheck cmd ["/bin/check", "--quiet"]
            """);
    Healthcheck none = (Healthcheck) df.instructions().get(1);
    Healthcheck shell = (Healthcheck) df.instructions().get(2);
    Healthcheck exec = (Healthcheck) df.instructions().get(3);
    assertThat(none.command()).isEmpty();
    assertThat(shell.flags().value("interval")).contains("30s");
    assertThat(shell.flags().value("retries")).contains("3");
    assertThat(shell.command().orElseThrow().exec()).isFalse();
    assertThat(shell.command().orElseThrow().args()).containsExactly("curl -f http://localhost/");
    assertThat(exec.command().orElseThrow().exec()).isTrue();
    assertThat(exec.command().orElseThrow().args()).containsExactly("/bin/check", "--quiet");
  }

  @Test
  void onbuildTriggerIsTyped() throws Exception {
    Onbuild o = second("ONBUILD COPY --chown=app . /src", Onbuild.class);
    Copy trigger = (Copy) o.trigger().orElseThrow();
    assertThat(trigger.flags().value("chown")).contains("app");
    assertThat(trigger.sources()).containsExactly(".");
    assertThat(trigger.destination()).isEqualTo("/src");
    assertThat(trigger.line()).isEqualTo(2);
    assertThat(o.triggerProblem()).isEmpty();
  }

  @Test
  void onbuildTriggerThatBuildkitWouldRefuseLaterIsKeptWithItsProblem() throws Exception {
    // BuildKit stores the trigger as text and parses it only in the child build.
    Onbuild o = second("ONBUILD RUNN make", Onbuild.class);
    assertThat(o.trigger()).isEmpty();
    assertThat(o.triggerProblem()).contains("unknown instruction: RUNN (did you mean RUN?)");
  }

  @Test
  void shellIsJson() throws Exception {
    Shell s = second("SHELL [\"powershell\", \"-Command\"]", Shell.class);
    assertThat(s.shell()).containsExactly("powershell", "-Command");
  }

  @Test
  void exposeVolumeUserWorkdirStopsignalMaintainer() throws Exception {
    Dockerfile df =
        Typed.of(
            """
            FROM a
            EXPOSE 80/tcp 443
            VOLUME ["/data", "/logs"]
            VOLUME /a /b
            USER app:app
            WORKDIR /srv
            STOPSIGNAL SIGTERM
            MAINTAINER someone
            """);
    List<Instruction> i = df.instructions();
    assertThat(((Expose) i.get(1)).ports()).containsExactly("80/tcp", "443");
    assertThat(((Volume) i.get(2)).paths()).containsExactly("/data", "/logs");
    assertThat(((Volume) i.get(3)).paths()).containsExactly("/a", "/b");
    assertThat(((User) i.get(4)).user()).isEqualTo("app:app");
    assertThat(((Workdir) i.get(5)).path()).isEqualTo("/srv");
    assertThat(((Stopsignal) i.get(6)).signal()).isEqualTo("SIGTERM");
    assertThat(((Maintainer) i.get(7)).maintainer()).isEqualTo("someone");
  }

  @Test
  void keywordsInAnyCase() throws Exception {
    Dockerfile df = Typed.of("from alpine as Base\nRun echo hi\ncOpY a b\n");
    assertThat(df.instructions())
        .extracting(Instruction::keyword)
        .containsExactly("FROM", "RUN", "COPY");
    assertThat(df.instructions().get(1)).isInstanceOf(Run.class);
    assertThat(df.stages().get(0).name()).contains("base");
  }

  @Test
  void flagsThatBuildkitNeverReadsAreKeptButNotChecked() throws Exception {
    // parseArg, parseStopSignal and parseHealthcheck for NONE never call BFlags.Parse.
    Dockerfile df =
        Typed.of("ARG --whatever X=1\nFROM a\nSTOPSIGNAL --x 9\nHEALTHCHECK --bogus NONE\n");
    assertThat(df.globalArgs().get(0).definitions().get(0).name()).isEqualTo("X");
    assertThat(df.instructions().get(2).node().flags()).containsExactly("--x");
    assertThat(df.instructions().get(3).flags().texts()).containsExactly("--bogus");
  }

  @Test
  void runWithoutArgumentsIsAccepted() throws Exception {
    // BuildKit's parseRun does not count arguments (RUN --mount=... alone is a real pattern).
    Run r = second("RUN --mount=type=cache,target=/x", Run.class);
    assertThat(r.command().args()).isEmpty();
  }

  @Test
  void flagsStopAtDoubleDash() throws Exception {
    Copy c = second("COPY -- --weird-name /dest/", Copy.class);
    assertThat(c.flags().all()).isEmpty();
    assertThat(c.sources()).containsExactly("--weird-name");
  }
}
