package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.instruction.Variables.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which ARG and ENV variables BuildKit's dispatcher makes visible where, and their raw values.
 * Values are chosen without {@code $} so they hold once VariableExpansion stops being a
 * pass-through; the one quoted ENV value is marked.
 */
class ScopesTest {

  private static Variables at(Dockerfile df, int instruction) {
    return df.variablesAt(df.instructions().get(instruction));
  }

  @Test
  void globalArgIsVisibleInFromButNotInsideTheStage() throws Exception {
    Dockerfile df = Typed.of("ARG BASE=alpine:3.20\nFROM alpine\nRUN true\n");
    assertThat(at(df, 1).get("BASE")).contains("alpine:3.20");
    assertThat(at(df, 1).definition("BASE").orElseThrow().kind()).isEqualTo(Kind.ARG);
    assertThat(at(df, 2).isDeclared("BASE")).isFalse();
    // The ARG's own scope is the one before it.
    assertThat(at(df, 0).isDeclared("BASE")).isFalse();
  }

  @Test
  void redeclaringAGlobalArgWithoutValueTakesItsDefault() throws Exception {
    Dockerfile df = Typed.of("ARG VERSION=1.2\nFROM alpine\nARG VERSION\nRUN true\n");
    assertThat(at(df, 2).isDeclared("VERSION")).isFalse();
    assertThat(at(df, 3).get("VERSION")).contains("1.2");
    assertThat(at(df, 3).definition("VERSION").orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void argWithoutValueOrGlobalIsDeclaredButUnset() throws Exception {
    Dockerfile df = Typed.of("FROM alpine\nARG TOKEN\nRUN true\n");
    assertThat(at(df, 2).isDeclared("TOKEN")).isTrue();
    assertThat(at(df, 2).get("TOKEN")).isEmpty();
    assertThat(at(df, 2).asMap()).doesNotContainKey("TOKEN");
  }

  @Test
  void builtinPlatformArgsAreGlobalAndNeedADeclarationInsideAStage() throws Exception {
    Dockerfile df =
        Typed.of(
            "FROM alpine\nRUN true\nARG TARGETPLATFORM TARGETARCH\nRUN true\n",
            new BuildOptions(Map.of(), "linux/arm64/v8", "linux/amd64"));
    Variables from = at(df, 0);
    assertThat(from.get("TARGETPLATFORM")).contains("linux/arm64/v8");
    assertThat(from.get("TARGETOS")).contains("linux");
    assertThat(from.get("TARGETARCH")).contains("arm64");
    assertThat(from.get("TARGETVARIANT")).contains("v8");
    assertThat(from.get("BUILDPLATFORM")).contains("linux/amd64");
    assertThat(from.get("BUILDVARIANT")).contains("");
    assertThat(from.definition("BUILDARCH").orElseThrow().kind()).isEqualTo(Kind.BUILTIN);
    assertThat(at(df, 1).isDeclared("TARGETPLATFORM")).isFalse();
    assertThat(at(df, 3).get("TARGETPLATFORM")).contains("linux/arm64/v8");
    assertThat(at(df, 3).get("TARGETARCH")).contains("arm64");
    assertThat(at(df, 3).isDeclared("TARGETOS")).isFalse();
  }

  @Test
  void envWinsOverArgOfTheSameNameWhicheverComesFirst() throws Exception {
    Dockerfile df =
        Typed.of(
            """
            FROM alpine
            ARG MODE=arg
            ENV MODE=env
            RUN true
            ENV LEVEL=env
            ARG LEVEL=arg
            RUN true
            """);
    assertThat(at(df, 3).get("MODE")).contains("env");
    assertThat(at(df, 3).definition("MODE").orElseThrow().kind()).isEqualTo(Kind.ENV);
    assertThat(at(df, 6).get("LEVEL")).contains("env");
  }

  @Test
  void envIsInheritedByFromAnEarlierStageButArgIsNot() throws Exception {
    Dockerfile df =
        Typed.of(
            """
            FROM alpine AS base
            ARG TOOL=make
            ENV HOME_DIR=/srv PATH_EXTRA=/opt/bin
            FROM base AS child
            RUN true
            FROM alpine
            RUN true
            """);
    Variables child = at(df, 4);
    assertThat(child.get("HOME_DIR")).contains("/srv");
    assertThat(child.get("PATH_EXTRA")).contains("/opt/bin");
    assertThat(child.definition("HOME_DIR").orElseThrow().line()).isEqualTo(3);
    assertThat(child.isDeclared("TOOL")).isFalse();
    assertThat(at(df, 6).isDeclared("HOME_DIR")).isFalse();
  }

  @Test
  void inheritanceFollowsChainsOfStages() throws Exception {
    Dockerfile df =
        Typed.of("FROM a AS one\nENV A=1\nFROM one AS two\nENV B=2\nFROM two\nRUN true\n");
    assertThat(at(df, 5).asMap()).containsExactlyInAnyOrderEntriesOf(Map.of("A", "1", "B", "2"));
  }

  @Test
  void fromMatchesStageNamesAsWrittenInLowerCase() throws Exception {
    // BuildKit's addState looks the base name up as written in a map of lower-cased names.
    Dockerfile df = Typed.of("FROM a AS Base\nENV A=1\nFROM Base\nRUN true\nFROM base\nRUN true\n");
    assertThat(at(df, 3).isDeclared("A")).isFalse();
    assertThat(at(df, 5).get("A")).contains("1");
  }

  @Test
  void argsDoNotLeakIntoTheNextStage() throws Exception {
    Dockerfile df = Typed.of("FROM a\nARG X=1\nENV Y=2\nFROM b\nRUN true\n");
    assertThat(at(df, 4).asMap()).isEmpty();
  }

  @Test
  void buildArgsOverrideDefaultsButDeclareNothing() throws Exception {
    Dockerfile df =
        Typed.of(
            "ARG VERSION=1.0\nFROM alpine\nARG VERSION\nARG LEVEL=3 EXTRA\nRUN true\n",
            new BuildOptions(
                Map.of("VERSION", "2.0", "LEVEL", "9", "EXTRA", "yes", "UNUSED", "x"),
                "linux/amd64",
                "linux/amd64"));
    assertThat(at(df, 1).get("VERSION")).contains("2.0");
    Variables run = at(df, 4);
    assertThat(run.get("VERSION")).contains("2.0");
    assertThat(run.get("LEVEL")).contains("9");
    assertThat(run.get("EXTRA")).contains("yes");
    assertThat(run.isDeclared("UNUSED")).isFalse();
  }

  @Test
  void redeclarationInsideAStageReplacesTheValueFromThatLineOn() throws Exception {
    Dockerfile df = Typed.of("FROM a\nARG V=1\nRUN true\nARG V=2\nRUN true\n");
    assertThat(at(df, 2).get("V")).contains("1");
    assertThat(at(df, 4).get("V")).contains("2");
    assertThat(at(df, 4).definition("V").orElseThrow().line()).isEqualTo(4);
  }

  @Test
  void envValuesAreExpandedAndUnquotedAsBuildkitDoes() throws Exception {
    Dockerfile df =
        Typed.of(
            "FROM a\nENV GREETING=\"hello world\" A=1 B=2\nENV C=\"$GREETING, $A\"\nRUN true\n");
    Variables run = at(df, 3);
    assertThat(at(df, 2).get("GREETING")).contains("hello world");
    assertThat(run.get("C")).contains("hello world, 1");
    assertThat(run.asMap()).containsKeys("GREETING", "A", "B");
  }
}
