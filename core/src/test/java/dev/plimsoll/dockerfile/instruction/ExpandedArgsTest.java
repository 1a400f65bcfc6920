package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where BuildKit expands variables in instruction arguments, and where it leaves them alone. */
class ExpandedArgsTest {
  private static final String FILE =
      """
      ARG BASE=debian
      ARG TAG=12
      FROM ${BASE}:${TAG}-slim AS build
      ARG TAG
      ARG DIR=/opt/${TAG}
      ENV APP_HOME=${DIR}/app PORT=8080
      ENV URL=http://localhost:${PORT}
      WORKDIR $APP_HOME
      COPY --chown=${PORT}:${PORT} src/ ${APP_HOME}/src/
      USER ${PORT}
      EXPOSE ${PORT}/tcp
      VOLUME ["${APP_HOME}/data"]
      LABEL version="${TAG}" home=$APP_HOME
      RUN echo $APP_HOME
      CMD ["echo", "$APP_HOME"]
      STOPSIGNAL ${NOT_SET:-SIGTERM}
      """;

  private static Dockerfile parse(String text, BuildOptions options) throws Exception {
    return Dockerfile.of(DockerfileParser.parse("Dockerfile", text), options);
  }

  private static List<String> expanded(Dockerfile df, int line) {
    Instruction ins =
        df.instructions().stream().filter(i -> i.line() == line).findFirst().orElseThrow();
    return ExpandedArgs.of(df, ins).orElse(List.of("<not expanded>"));
  }

  @Test
  void expandsWhereBuildkitsDispatcherDoes() throws Exception {
    Dockerfile df = parse(FILE, BuildOptions.DEFAULT);
    assertThat(expanded(df, 3)).containsExactly("debian:12-slim");
    assertThat(expanded(df, 5)).containsExactly("DIR=/opt/12");
    assertThat(expanded(df, 6)).containsExactly("APP_HOME", "/opt/12/app", "PORT", "8080");
    assertThat(expanded(df, 7)).containsExactly("URL", "http://localhost:8080");
    assertThat(expanded(df, 8)).containsExactly("/opt/12/app");
    assertThat(expanded(df, 9)).containsExactly("src/", "/opt/12/app/src/");
    assertThat(expanded(df, 10)).containsExactly("8080");
    assertThat(expanded(df, 11)).containsExactly("8080/tcp");
    assertThat(expanded(df, 12)).containsExactly("/opt/12/app/data");
    assertThat(expanded(df, 13)).containsExactly("version", "12", "home", "/opt/12/app");
    assertThat(expanded(df, 16)).containsExactly("SIGTERM");
  }

  @Test
  void leavesCommandsToTheContainersShell() throws Exception {
    Dockerfile df = parse(FILE, BuildOptions.DEFAULT);
    assertThat(expanded(df, 14)).containsExactly("<not expanded>");
    assertThat(expanded(df, 15)).containsExactly("<not expanded>");
  }

  @Test
  void expandsFlagsBuildkitExpands() throws Exception {
    Dockerfile df = parse(FILE, BuildOptions.DEFAULT);
    Instruction copy = df.instructions().get(8);
    assertThat(ExpandedArgs.flag(df, copy, "chown")).contains("8080:8080");
  }

  @Test
  void buildArgsOverrideDefaultsEverywhere() throws Exception {
    Dockerfile df =
        parse(FILE, new BuildOptions(Map.of("TAG", "13"), "linux/arm64", "linux/amd64"));
    assertThat(expanded(df, 3)).containsExactly("debian:13-slim");
    assertThat(expanded(df, 8)).containsExactly("/opt/13/app");
  }

  @Test
  void globalArgsAreInvisibleInsideAStageUntilRedeclared() throws Exception {
    Dockerfile df =
        parse(
            "ARG V=1\nFROM scratch\nWORKDIR /w${V}\nARG V\nWORKDIR /w${V}\n", BuildOptions.DEFAULT);
    assertThat(expanded(df, 3)).containsExactly("/w");
    assertThat(expanded(df, 5)).containsExactly("/w1");
  }

  @Test
  void automaticPlatformArgsNeedADeclarationInsideAStage() throws Exception {
    String text =
        """
        FROM --platform=$BUILDPLATFORM scratch
        WORKDIR /${TARGETARCH}
        ARG TARGETARCH
        WORKDIR /${TARGETARCH}
        """;
    Dockerfile df = parse(text, new BuildOptions(Map.of(), "linux/arm64", "linux/amd64"));
    assertThat(ExpandedArgs.flag(df, df.instructions().get(0), "platform")).contains("linux/amd64");
    assertThat(expanded(df, 2)).containsExactly("/");
    assertThat(expanded(df, 4)).containsExactly("/arm64");
  }
}
