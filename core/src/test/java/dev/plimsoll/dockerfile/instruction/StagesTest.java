package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Stages as BuildKit's instructions.Parse and dispatcher group them. */
class StagesTest {
  private static final String MULTI =
      """
      ARG GO=1.22
      ARG BASE
      FROM golang:${GO} AS Build
      RUN go build -o /app
      RUN go test ./...
      FROM alpine
      COPY --from=build /app /app
      FROM scratch AS final
      COPY --from=1 /app /app
      """;

  @Test
  void stagesAreNumberedInOrderWithLowerCasedNames() throws Exception {
    Dockerfile df = Typed.of(MULTI);
    assertThat(df.stages()).extracting(Stage::index).containsExactly(0, 1, 2);
    assertThat(df.stages()).extracting(Stage::label).containsExactly("build", "1", "final");
    assertThat(df.stages().get(0).from().stageName()).contains("Build");
    assertThat(df.stages().get(0).instructions()).hasSize(2);
    assertThat(df.stages().get(0).all(Run.class)).extracting(Run::line).containsExactly(4, 5);
    assertThat(df.stages().get(1).name()).isEmpty();
    assertThat(df.finalStage().name()).contains("final");
    assertThat(df.finalStage().from().isScratch()).isTrue();
  }

  @Test
  void aTargetNeedsItsParentAndTheStagesItCopiesOrMountsFrom() throws Exception {
    Dockerfile df =
        Typed.of(
            """
            FROM golang:1.22 AS deps
            FROM deps AS build
            FROM alpine AS certs
            FROM alpine AS cache
            FROM debian:12.5 AS runtime
            COPY --from=build /app /app
            RUN --mount=type=bind,from=certs,target=/c cp /c/ca.pem /etc/
            FROM runtime AS test
            """);
    Stage runtime = df.stagesNamed("runtime").get(0);
    // deps through build; not the unused cache stage, nor test, which comes after.
    assertThat(df.stagesNeededBy(runtime)).containsExactlyInAnyOrder(0, 1, 2, 4);
    assertThat(df.stagesNeededBy(df.finalStage())).containsExactlyInAnyOrder(0, 1, 2, 4, 5);
  }

  @Test
  void globalArgsComeBeforeTheFirstFromAndBelongToNoStage() throws Exception {
    Dockerfile df = Typed.of(MULTI);
    assertThat(df.globalArgs())
        .flatExtracting(Arg::definitions)
        .extracting(ArgDefinition::name)
        .containsExactly("GO", "BASE");
    assertThat(df.instructions()).hasSize(9);
    assertThat(df.stageOf(df.instructions().get(0))).isEmpty();
    assertThat(df.stageOf(df.instructions().get(2))).map(Stage::index).contains(0);
    assertThat(df.stageOf(df.instructions().get(4))).map(Stage::index).contains(0);
    assertThat(df.stageOf(df.instructions().get(6))).map(Stage::index).contains(1);
    assertThat(df.stageOf(df.instructions().get(8))).map(Stage::index).contains(2);
  }

  @Test
  void lookupIsByIdentitySoAnEqualInstructionFromElsewhereIsNotFound() throws Exception {
    Dockerfile df = Typed.of("FROM a\nRUN true\n");
    Instruction foreign = Typed.of("FROM a\nRUN true\n").instructions().get(1);
    assertThat(foreign).isEqualTo(df.instructions().get(1));
    assertThat(df.stageOf(foreign)).isEmpty();
    assertThatThrownBy(() -> df.variablesAt(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an instruction of Dockerfile");
  }

  @Test
  void stageByNameOrIndexBeforeAGivenStage() throws Exception {
    Dockerfile df = Typed.of(MULTI);
    assertThat(df.stage("build", 1)).map(Stage::index).contains(0);
    assertThat(df.stage("BUILD", 1)).map(Stage::index).contains(0);
    assertThat(df.stage("0", 1)).map(Stage::index).contains(0);
    assertThat(df.stage("1", 2)).map(Stage::index).contains(1);
    // Go's strconv.Atoi reads these as 1 too.
    assertThat(df.stage("01", 2)).map(Stage::index).contains(1);
    assertThat(df.stage("+1", 2)).map(Stage::index).contains(1);
    assertThat(df.stage("final", 2)).isEmpty();
    assertThat(df.stage("build", 0)).isEmpty();
    assertThat(df.stage("1", 1)).isEmpty();
    assertThat(df.stage("alpine", 3)).isEmpty();
    assertThat(df.stage("-1", 3)).isEmpty();
    assertThat(df.stage("99999999999999999999", 3)).isEmpty();
  }

  @Test
  void unnamedStageAnswersToItsIndexOnly() throws Exception {
    Stage s = Typed.of("FROM a\nFROM b\n").stages().get(1);
    assertThat(s.answersTo("1")).isTrue();
    assertThat(s.answersTo("0")).isFalse();
    assertThat(s.answersTo("b")).isFalse();
    assertThat(s.isNamed("1")).isFalse();
  }

  @Test
  void duplicateStageNamesAreOnlyALintSoTheBuildGoesOn() throws Exception {
    // BuildKit reports DuplicateStageName as a check, not an error.
    Dockerfile df = Typed.of("FROM a AS x\nFROM b AS x\n");
    assertThat(df.stages()).extracting(Stage::label).containsExactly("x", "x");
  }

  @Test
  void aStageWithoutInstructions() throws Exception {
    Dockerfile df = Typed.of("FROM a\n");
    assertThat(df.finalStage().instructions()).isEmpty();
    assertThat(df.finalStage()).isSameAs(df.stages().get(0));
  }
}
