package dev.plimsoll.context.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.BadInputException;
import dev.plimsoll.context.cache.CacheSimulation.Build;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per fact measured on Docker 20.10's BuildKit (the experiments q1 to q17): each builds a
 * Dockerfile twice and checks which steps the second build takes from the cache, labelled as
 * BuildKit's progress labels them, and why the others run again.
 */
class CachePredictionTest {
  private static final Map<String, String> A_TXT = Map.of("a.txt", "100644:a1");

  // ---- labels and numbering (q1, q1b, q1d, q1e, q10, q11, q16) ----

  @Test
  void onlyFromRunCopyAddAndWorkdirAreStepsAndWorkdirSlashCountsWithoutOne() throws Exception {
    String df =
        """
        FROM local/busybox
        ARG SRC=a.txt
        ENV E1=v1
        RUN echo nonce
        WORKDIR /w
        LABEL l=1
        USER 0
        EXPOSE 80
        COPY $SRC /x/
        ADD a.txt /y/
        RUN echo one
        CMD ["sh"]
        ENTRYPOINT ["sh"]
        VOLUME /v
        STOPSIGNAL SIGTERM
        HEALTHCHECK CMD true
        SHELL ["/bin/sh","-c"]
        ONBUILD RUN true
        WORKDIR /
        """;
    Build b = build(df, A_TXT);

    assertThat(seen(predict(b, b)))
        .containsExactly(
            "[1/7] FROM local/busybox: CACHED",
            "[2/7] RUN echo nonce: CACHED",
            "[3/7] WORKDIR /w: CACHED",
            "[4/7] COPY $SRC /x/: CACHED",
            "[5/7] ADD a.txt /y/: CACHED",
            "[6/7] RUN echo one: CACHED");
  }

  @Test
  void workdirSlashInTheMiddleTakesNoIndexAndChangesNoKey() throws Exception {
    String base = "FROM local/busybox\nRUN echo nonce\nCOPY a.txt /a.txt\nRUN env | sort\n";
    String withSlash =
        "FROM local/busybox\nRUN echo nonce\nWORKDIR /\nCOPY a.txt /a.txt\nRUN env | sort\n";

    assertThat(seen(predict(build(base, A_TXT), build(withSlash, A_TXT))))
        .containsExactly(
            "[1/5] FROM local/busybox: CACHED",
            "[2/5] RUN echo nonce: CACHED",
            "[3/5] COPY a.txt /a.txt: CACHED",
            "[4/5] RUN env | sort: CACHED");
  }

  @Test
  void stagesAreLabelledByLowerCasedNameOrPositionAndUnusedStagesAreNotBuilt() throws Exception {
    String df =
        """
        ARG GLOBAL=g1
        FROM local/busybox AS Builder
        ARG GLOBAL
        RUN echo nonce-builder $GLOBAL > /out
        ENV P=/opt
        WORKDIR $P/sub
        COPY a.txt $P/
        RUN echo same > /same

        FROM local/busybox AS unused
        RUN echo nonce-unused

        FROM local/debian:bookworm
        RUN echo nonce-final
        COPY --from=builder /out /out
        COPY --from=0 /opt/a.txt /b
        WORKDIR rel
        RUN echo same > /same

        FROM local/busybox
        RUN echo same > /same
        COPY --from=2 /b /c
        """;
    Build b = build(df, A_TXT);

    assertThat(seen(predict(b, b)))
        .containsExactly(
            "[builder 1/5] FROM local/busybox AS Builder: CACHED",
            "[builder 2/5] RUN echo nonce-builder $GLOBAL > /out: CACHED",
            "[builder 3/5] WORKDIR $P/sub: CACHED",
            "[builder 4/5] COPY a.txt $P/: CACHED",
            "[builder 5/5] RUN echo same > /same: CACHED",
            "[stage-2 1/6] FROM local/debian:bookworm: CACHED",
            "[stage-2 2/6] RUN echo nonce-final: CACHED",
            "[stage-2 3/6] COPY --from=builder /out /out: CACHED",
            "[stage-2 4/6] COPY --from=0 /opt/a.txt /b: CACHED",
            "[stage-2 5/6] WORKDIR rel: CACHED",
            "[stage-2 6/6] RUN echo same > /same: CACHED",
            "[stage-3 1/3] FROM local/busybox: CACHED",
            "[stage-3 2/3] RUN echo same > /same: CACHED",
            "[stage-3 3/3] COPY --from=2 /b /c: CACHED");
    assertThat(graph(b, Optional.empty()).steps()).noneMatch(s -> s.stageIndex() == 1);
  }

  @Test
  void aStageBuiltOnAStageHasNoFromStepAndCountsOnlyItsOwnSteps() throws Exception {
    String df =
        """
        FROM local/busybox AS base
        RUN echo nonce > /n

        FROM base AS next
        RUN echo next

        FROM local/debian:bookworm AS Final
        COPY --from=next /n /n
        RUN --mount=type=bind,from=base,source=/n,target=/m cat /m
        """;
    Build b = build(df, A_TXT);

    assertThat(seen(predict(b, b)))
        .containsExactly(
            "[base 1/2] FROM local/busybox AS base: CACHED",
            "[base 2/2] RUN echo nonce > /n: CACHED",
            "[next 1/1] RUN echo next: CACHED",
            "[final 1/3] FROM local/debian:bookworm AS Final: CACHED",
            "[final 2/3] COPY --from=next /n /n: CACHED",
            "[final 3/3] RUN --mount=type=bind,from=base,source=/n,target=/m cat /m: CACHED");
  }

  @Test
  void targetBuildsOnlyTheStagesItNeedsWithTheFullBuildsNumbering() throws Exception {
    String df =
        """
        FROM local/busybox AS builder
        RUN echo builder
        WORKDIR /opt/sub

        FROM local/debian:bookworm
        RUN echo final
        COPY --from=builder /opt /opt
        """;
    Build b = build(df, A_TXT);

    CachePrediction p = CacheSimulation.predict("Dockerfile", b, b, Optional.of("builder"));

    assertThat(seen(p))
        .containsExactly(
            "[builder 1/3] FROM local/busybox AS builder: CACHED",
            "[builder 2/3] RUN echo builder: CACHED",
            "[builder 3/3] WORKDIR /opt/sub: CACHED");
  }

  @Test
  void aCacheMountNamesTheOnlyStageButABindMountDoesNot() throws Exception {
    String cache =
        "FROM local/busybox\nRUN echo nonce\nRUN --mount=type=cache,target=/c ls /c\nRUN echo after\n";
    String bind =
        "FROM local/busybox\nRUN --mount=type=bind,source=dep.txt,target=/dep.txt cat /dep.txt\n";
    Build c = build(cache, A_TXT);
    Build b = build(bind, Map.of("dep.txt", "100644:d1"));

    assertThat(seen(predict(c, c)))
        .containsExactly(
            "[stage-0 1/4] FROM local/busybox: CACHED",
            "[stage-0 2/4] RUN echo nonce: CACHED",
            "[stage-0 3/4] RUN --mount=type=cache,target=/c ls /c: CACHED",
            "[stage-0 4/4] RUN echo after: CACHED");
    assertThat(seen(predict(b, b)))
        .containsExactly(
            "[1/2] FROM local/busybox: CACHED",
            "[2/2] RUN --mount=type=bind,source=dep.txt,target=/dep.txt cat /dep.txt: CACHED");
  }

  @Test
  void theIndexIsPaddedToTheWidthOfTheTotal() throws Exception {
    StringBuilder df = new StringBuilder("FROM local/busybox\n");
    for (int i = 1; i <= 10; i++) {
      df.append("RUN echo ").append(i).append('\n');
    }
    Build b = build(df.toString(), A_TXT);

    List<String> labels =
        predict(b, b).verdicts().stream().map(v -> v.step().progressLabel()).toList();

    assertThat(labels)
        .containsExactly(
            "[ 1/11]", "[ 2/11]", "[ 3/11]", "[ 4/11]", "[ 5/11]", "[ 6/11]", "[ 7/11]", "[ 8/11]",
            "[ 9/11]", "[10/11]", "[11/11]");
  }

  // ---- ENV (q3, q16) ----

  @Test
  void anEnvChangeRebuildsTheNextRunButNotACopyOrWorkdirBeforeIt() throws Exception {
    String df =
        """
        FROM local/busybox
        RUN echo nonce
        ENV MYENV=%s
        COPY a.txt /a.txt
        WORKDIR /w
        RUN echo hi
        """;

    CachePrediction p =
        predict(build(df.formatted("one"), A_TXT), build(df.formatted("two"), A_TXT));

    assertThat(seen(p))
        .containsExactly(
            "[1/5] FROM local/busybox: CACHED",
            "[2/5] RUN echo nonce: CACHED",
            "[3/5] COPY a.txt /a.txt: CACHED",
            "[4/5] WORKDIR /w: CACHED",
            "[5/5] RUN echo hi: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("ENV MYENV changed: \"one\" → \"two\"");
  }

  @Test
  void anEnvChangeReachesACopyOrWorkdirThatUsesTheVariable() throws Exception {
    String df = "FROM local/busybox\nENV D=%s\nWORKDIR /$D\nCOPY a.txt /a.txt\n";

    CachePrediction p =
        predict(build(df.formatted("one"), A_TXT), build(df.formatted("two"), A_TXT));

    assertThat(seen(p))
        .containsExactly(
            "[1/3] FROM local/busybox: CACHED",
            "[2/3] WORKDIR /$D: rebuilt",
            "[3/3] COPY a.txt /a.txt: rebuilt");
    assertThat(p.verdicts().get(2).reason())
        .contains("builds on line 3 (`WORKDIR /$D`), which is rebuilt");
  }

  @Test
  void swappingTwoEnvsRebuildsTheRun() throws Exception {
    String ab = "FROM local/busybox\nENV A=1\nENV B=2\nCOPY a.txt /a.txt\nRUN env | sort\n";
    String ba = "FROM local/busybox\nENV B=2\nENV A=1\nCOPY a.txt /a.txt\nRUN env | sort\n";

    CachePrediction p = predict(build(ab, A_TXT), build(ba, A_TXT));

    assertThat(seen(p))
        .containsExactly(
            "[1/3] FROM local/busybox: CACHED",
            "[2/3] COPY a.txt /a.txt: CACHED",
            "[3/3] RUN env | sort: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("the variables are defined in another order: A, B → B, A");
  }

  @Test
  void oneLineLegacyFormAndReassignmentKeepTheEnvOrder() throws Exception {
    String ab = "FROM local/busybox\nENV A=1\nENV B=2\nCOPY a.txt /a.txt\nRUN env | sort\n";
    String oneLine = "FROM local/busybox\nENV A=1 B=2\nCOPY a.txt /a.txt\nRUN env | sort\n";
    String reassigned =
        "FROM local/busybox\nENV A=0\nENV B=2\nENV A=1\nCOPY a.txt /a.txt\nRUN env | sort\n";
    String legacy = "FROM local/busybox\nENV A 1\nENV B=2\nCOPY a.txt /a.txt\nRUN env | sort\n";

    for (String after : List.of(oneLine, reassigned, legacy)) {
      assertThat(predict(build(ab, A_TXT), build(after, A_TXT)).rebuilt()).as(after).isZero();
    }
  }

  @Test
  void metadataInstructionsAndAValuelessArgDoNotReachARun() throws Exception {
    String base = "FROM local/busybox\nENV A=1\nCOPY a.txt /a.txt\nRUN env | sort\n";
    String meta =
        """
        FROM local/busybox
        ENV A=1
        LABEL foo=bar
        EXPOSE 8080
        CMD ["sh"]
        ENTRYPOINT ["sh"]
        VOLUME /v
        STOPSIGNAL SIGTERM
        HEALTHCHECK CMD true
        ONBUILD RUN true
        ARG UNUSED_NO_VALUE
        SHELL ["/bin/sh", "-c"]
        COPY a.txt /a.txt
        RUN env | sort
        """;

    assertThat(predict(build(base, A_TXT), build(meta, A_TXT)).rebuilt()).isZero();
  }

  // ---- ARG (q4, q16) ----

  private static final String Q4A =
      """
      FROM local/busybox
      RUN echo nonce before-arg
      ARG V=default
      COPY a.txt /a.txt
      RUN echo not-mentioning
      RUN echo mentions $V
      WORKDIR /w
      RUN echo after
      """;

  @Test
  void aBuildArgRebuildsEveryRunAfterItsArgButNotTheCopyBeforeTheFirstRun() throws Exception {
    CachePrediction p =
        predict(build(Q4A, A_TXT, Map.of("V", "one")), build(Q4A, A_TXT, Map.of("V", "two")));

    assertThat(seen(p))
        .containsExactly(
            "[1/7] FROM local/busybox: CACHED",
            "[2/7] RUN echo nonce before-arg: CACHED",
            "[3/7] COPY a.txt /a.txt: CACHED",
            "[4/7] RUN echo not-mentioning: rebuilt",
            "[5/7] RUN echo mentions $V: rebuilt",
            "[6/7] WORKDIR /w: rebuilt",
            "[7/7] RUN echo after: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("ARG V changed: \"one\" → \"two\"");
    assertThat(p.verdicts().get(4).reason())
        .contains("builds on line 5 (`RUN echo not-mentioning`), which is rebuilt");
    assertThat(p.causes()).hasSize(1);
  }

  @Test
  void droppingTheBuildArgUsesTheDefaultAndRebuilds() throws Exception {
    CachePrediction p = predict(build(Q4A, A_TXT, Map.of("V", "two")), build(Q4A, A_TXT));

    assertThat(p.rebuilt()).isEqualTo(4);
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("ARG V changed: \"two\" → \"default\"");
  }

  @Test
  void aBuildArgEqualToTheDefaultChangesNothing() throws Exception {
    assertThat(predict(build(Q4A, A_TXT), build(Q4A, A_TXT, Map.of("V", "default"))).rebuilt())
        .isZero();
  }

  @Test
  void aWorkdirAndCopyRightAfterTheArgStayCached() throws Exception {
    String df =
        """
        FROM local/busybox
        RUN echo nonce
        ARG V=default
        WORKDIR /w
        COPY a.txt /a.txt
        RUN echo not-mentioning
        """;

    assertThat(
            seen(
                predict(
                    build(df, A_TXT, Map.of("V", "one")), build(df, A_TXT, Map.of("V", "two")))))
        .containsExactly(
            "[1/5] FROM local/busybox: CACHED",
            "[2/5] RUN echo nonce: CACHED",
            "[3/5] WORKDIR /w: CACHED",
            "[4/5] COPY a.txt /a.txt: CACHED",
            "[5/5] RUN echo not-mentioning: rebuilt");
  }

  @Test
  void aGlobalArgNotRedeclaredInTheStageDoesNotReachItsRuns() throws Exception {
    String df =
        "ARG V=g\nFROM local/busybox\nRUN echo nonce\nRUN echo not-mentioning\nRUN echo mentions $V\n";

    assertThat(
            predict(build(df, A_TXT, Map.of("V", "one")), build(df, A_TXT, Map.of("V", "two")))
                .rebuilt())
        .isZero();
  }

  @Test
  void aRedeclaredGlobalArgReachesEveryRunAfterIt() throws Exception {
    String df =
        """
        ARG V=g
        FROM local/busybox
        RUN echo nonce
        ARG V
        RUN echo not-mentioning
        RUN echo mentions $V
        """;

    CachePrediction p =
        predict(build(df, A_TXT, Map.of("V", "one")), build(df, A_TXT, Map.of("V", "two")));

    assertThat(seen(p))
        .containsExactly(
            "[1/4] FROM local/busybox: CACHED",
            "[2/4] RUN echo nonce: CACHED",
            "[3/4] RUN echo not-mentioning: rebuilt",
            "[4/4] RUN echo mentions $V: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("ARG V changed: \"one\" → \"two\"");
  }

  @Test
  void aGlobalArgOnlyInFromSpellingTheSameImageOtherwiseChangesNothing() throws Exception {
    String df = "ARG BASE=local/busybox\nFROM $BASE\nRUN echo nonce\nRUN echo not-mentioning\n";

    CachePrediction p =
        predict(
            build(df, A_TXT), build(df, A_TXT, Map.of("BASE", "docker.io/local/busybox:latest")));

    assertThat(p.rebuilt()).isZero();
    CachePrediction other = predict(build(df, A_TXT), build(df, A_TXT, Map.of("BASE", "alpine")));
    assertThat(other.rebuilt()).isEqualTo(2);
    assertThat(other.firstInvalidated().orElseThrow().reason())
        .contains(
            "the base image changed: \"docker.io/local/busybox:latest\" →"
                + " \"docker.io/library/alpine:latest\"");
  }

  @Test
  void theSameImageSpelledAnotherWayKeepsTheCache() throws Exception {
    String df = "FROM %s\nRUN echo hi\n";
    List<List<String>> same =
        List.of(
            List.of("alpine", "docker.io/library/alpine:latest"),
            List.of("alpine:3.19", "index.docker.io/library/alpine:3.19"),
            List.of("local/busybox", "docker.io/local/busybox:latest"),
            List.of("localhost:5000/app", "localhost:5000/app:latest"));
    for (List<String> pair : same) {
      assertThat(
              predict(
                      build(df.formatted(pair.get(0)), A_TXT),
                      build(df.formatted(pair.get(1)), A_TXT))
                  .rebuilt())
          .as(pair.toString())
          .isZero();
    }
    for (String other : List.of("alpine:3.19", "library/alpine@sha256:0123", "ghcr.io/alpine")) {
      assertThat(
              predict(build(df.formatted("alpine"), A_TXT), build(df.formatted(other), A_TXT))
                  .rebuilt())
          .as(other)
          .isEqualTo(1);
    }
  }

  @Test
  void anArgWithADefaultReachesTheRunAndAValuelessOneDoesNot() throws Exception {
    String base = "FROM local/busybox\nCOPY a.txt /a.txt\nRUN env | sort\n";
    String valueless =
        "FROM local/busybox\nARG UNUSED_NO_VALUE\nCOPY a.txt /a.txt\nRUN env | sort\n";
    String valued = "FROM local/busybox\nARG WITHDEFAULT=x\nCOPY a.txt /a.txt\nRUN env | sort\n";

    assertThat(predict(build(base, A_TXT), build(valueless, A_TXT)).rebuilt()).isZero();
    CachePrediction p = predict(build(base, A_TXT), build(valued, A_TXT));
    assertThat(seen(p))
        .containsExactly(
            "[1/3] FROM local/busybox: CACHED",
            "[2/3] COPY a.txt /a.txt: CACHED",
            "[3/3] RUN env | sort: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("ARG WITHDEFAULT is new (\"x\")");
  }

  // ---- USER (q5, q16) ----

  @Test
  void aUserChangeKeepsACopyButRebuildsWorkdirAndRun() throws Exception {
    String df =
        "FROM local/busybox\nRUN echo nonce\nUSER %s\nCOPY a.txt /a.txt\nWORKDIR /w\nRUN echo hi\n";

    CachePrediction p =
        predict(build(df.formatted("1000"), A_TXT), build(df.formatted("1001"), A_TXT));

    assertThat(seen(p))
        .containsExactly(
            "[1/5] FROM local/busybox: CACHED",
            "[2/5] RUN echo nonce: CACHED",
            "[3/5] COPY a.txt /a.txt: CACHED",
            "[4/5] WORKDIR /w: rebuilt",
            "[5/5] RUN echo hi: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("USER changed: \"1000\" → \"1001\"");
  }

  @Test
  void aUserChangeBeforeWorkdirRebuildsTheCopyAfterTheRunToo() throws Exception {
    String df =
        "FROM local/busybox\nRUN echo nonce\nUSER %s\nWORKDIR /w\nRUN echo hi\nCOPY a.txt /a.txt\n";

    assertThat(
            seen(predict(build(df.formatted("1000"), A_TXT), build(df.formatted("1001"), A_TXT))))
        .containsExactly(
            "[1/5] FROM local/busybox: CACHED",
            "[2/5] RUN echo nonce: CACHED",
            "[3/5] WORKDIR /w: rebuilt",
            "[4/5] RUN echo hi: rebuilt",
            "[5/5] COPY a.txt /a.txt: rebuilt");
  }

  @Test
  void userIsComparedAsWrittenEvenRootAgainstNone() throws Exception {
    String none = "FROM local/busybox\nRUN env\n";
    String root = "FROM local/busybox\nUSER root\nRUN env\n";
    String zero = "FROM local/busybox\nUSER 0\nRUN env\n";

    assertThat(predict(build(none, A_TXT), build(root, A_TXT)).rebuilt()).isEqualTo(1);
    CachePrediction p = predict(build(root, A_TXT), build(zero, A_TXT));
    assertThat(p.rebuilt()).isEqualTo(1);
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("USER changed: \"root\" → \"0\"");
  }

  // ---- context files (q6, q7, q8, q13, q15) ----

  @Test
  void aModeOnlyChangeRebuildsTheCopy() throws Exception {
    String df = "FROM local/busybox\nCOPY a.sh /a.sh\nRUN ls -l /a.sh\n";

    CachePrediction p =
        predict(
            build(df, Map.of("a.sh", "100644:blob1")), build(df, Map.of("a.sh", "100755:blob1")));

    assertThat(seen(p))
        .containsExactly(
            "[1/3] FROM local/busybox: CACHED",
            "[2/3] COPY a.sh /a.sh: rebuilt",
            "[3/3] RUN ls -l /a.sh: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason()).contains("a.sh changed");
  }

  @Test
  void theSourceModeCountsEvenWithChmod() throws Exception {
    String df = "FROM local/busybox\nCOPY --chmod=755 a.sh /a.sh\nRUN ls -l /a.sh\n";

    assertThat(
            predict(
                    build(df, Map.of("a.sh", "100755:blob1")),
                    build(df, Map.of("a.sh", "100644:blob1")))
                .rebuilt())
        .isEqualTo(2);
  }

  @Test
  void theDockerfileIsAContextFileLikeAnyOther() throws Exception {
    String df = "FROM local/busybox\nCOPY . /app\nRUN ls -a /app\n";
    String edited = df + "LABEL x=y\n";
    Map<String, String> files = Map.of("Dockerfile", "100644:df1", "a.txt", "100644:a1");
    Map<String, String> editedFiles = Map.of("Dockerfile", "100644:df2", "a.txt", "100644:a1");

    CachePrediction p = predict(build(df, files), build(edited, editedFiles));

    assertThat(seen(p))
        .containsExactly(
            "[1/3] FROM local/busybox: CACHED",
            "[2/3] COPY . /app: rebuilt",
            "[3/3] RUN ls -a /app: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("in the build context: Dockerfile changed");
  }

  @Test
  void aDockerfileLeftOutOfTheContextCanChangeWithoutRebuildingCopyDot() throws Exception {
    String df = "FROM local/busybox\nCOPY . /app\nRUN ls -a /app\n";
    Map<String, String> sent = Map.of(".dockerignore", "100644:i1", "a.txt", "100644:a1");

    assertThat(predict(build(df, sent), build(df + "LABEL x=y\n", sent)).rebuilt()).isZero();
  }

  @Test
  void anyByteChangeToDockerignoreRebuildsCopyDot() throws Exception {
    String df = "FROM local/busybox\nCOPY . /app\nRUN ls -a /app\n";
    Map<String, String> before = Map.of(".dockerignore", "100644:i1", "a.txt", "100644:a1");
    Map<String, String> after = Map.of(".dockerignore", "100644:i2", "a.txt", "100644:a1");

    CachePrediction p = predict(build(df, before), build(df, after));

    assertThat(p.rebuilt()).isEqualTo(2);
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("in the build context: .dockerignore changed");
  }

  @Test
  void anArchiveIsKeyedOnItsBytesAndLaterStepsChain() throws Exception {
    String df =
        """
        FROM local/busybox
        RUN echo nonce
        ADD local.tar.gz /x/
        ADD plain.txt /p/
        COPY plain.txt /c/
        RUN ls -R /x /p /c
        """;
    Map<String, String> before = Map.of("local.tar.gz", "100644:tar1", "plain.txt", "100644:p1");
    Map<String, String> repacked = Map.of("local.tar.gz", "100644:tar2", "plain.txt", "100644:p1");
    Map<String, String> plainChanged =
        Map.of("local.tar.gz", "100644:tar1", "plain.txt", "100644:p2");

    CachePrediction p = predict(build(df, before), build(df, repacked));
    assertThat(seen(p))
        .containsExactly(
            "[1/6] FROM local/busybox: CACHED",
            "[2/6] RUN echo nonce: CACHED",
            "[3/6] ADD local.tar.gz /x/: rebuilt",
            "[4/6] ADD plain.txt /p/: rebuilt",
            "[5/6] COPY plain.txt /c/: rebuilt",
            "[6/6] RUN ls -R /x /p /c: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason()).contains("local.tar.gz changed");
    assertThat(seen(predict(build(df, before), build(df, plainChanged))))
        .containsExactly(
            "[1/6] FROM local/busybox: CACHED",
            "[2/6] RUN echo nonce: CACHED",
            "[3/6] ADD local.tar.gz /x/: CACHED",
            "[4/6] ADD plain.txt /p/: rebuilt",
            "[5/6] COPY plain.txt /c/: rebuilt",
            "[6/6] RUN ls -R /x /p /c: rebuilt");
  }

  @Test
  void aFileNoStepReadsChangesNothing() throws Exception {
    String df = "FROM local/busybox\nCOPY package.json ./\nRUN npm ci\n";
    Build first = build(df, Map.of("package.json", "100644:p1", "src/app.js", "100644:s1"));

    Build[] pair = first.withChanged(List.of("src"));

    assertThat(predict(pair[0], pair[1]).rebuilt()).isZero();
  }

  @Test
  void aChangedManifestIsNamedAsTheReason() throws Exception {
    String df = "FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY . .\n";
    Build first = build(df, Map.of("package.json", "100644:p1", "src/app.js", "100644:s1"));

    Build[] pair = first.withChanged(List.of("package.json"));
    CachePrediction p = predict(pair[0], pair[1]);

    assertThat(seen(p))
        .containsExactly(
            "[1/5] FROM node:20: CACHED",
            "[2/5] WORKDIR /app: CACHED",
            "[3/5] COPY package.json ./: rebuilt",
            "[4/5] RUN npm ci: rebuilt",
            "[5/5] COPY . .: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason()).contains("package.json changed");
    assertThat(p.verdicts().get(3).reason())
        .contains("builds on line 3 (`COPY package.json ./`), which is rebuilt");
    assertThat(p.causes()).extracting(v -> v.step().line()).containsExactly(3);
  }

  // ---- stages (q9, q12) ----

  @Test
  void copyFromARebuiltStageIsRebuiltButNotCertainly() throws Exception {
    String df =
        """
        FROM local/busybox AS builder
        RUN echo nonce
        COPY . /src
        RUN echo constant > /out

        FROM local/busybox
        RUN echo nonce final
        COPY --from=builder /out /out
        RUN cat /out
        COPY a.txt /a.txt
        """;
    Build first = build(df, Map.of("a.txt", "100644:a1", "src.txt", "100644:s1"));

    Build[] pair = first.withChanged(List.of("src.txt"));
    CachePrediction p = predict(pair[0], pair[1]);

    assertThat(seen(p))
        .containsExactly(
            "[builder 1/4] FROM local/busybox AS builder: CACHED",
            "[builder 2/4] RUN echo nonce: CACHED",
            "[builder 3/4] COPY . /src: rebuilt",
            "[builder 4/4] RUN echo constant > /out: rebuilt",
            "[stage-1 1/5] FROM local/busybox: CACHED",
            "[stage-1 2/5] RUN echo nonce final: CACHED",
            "[stage-1 3/5] COPY --from=builder /out /out: rebuilt",
            "[stage-1 4/5] RUN cat /out: rebuilt",
            "[stage-1 5/5] COPY a.txt /a.txt: rebuilt");
    CacheVerdict copy = p.verdicts().get(6);
    assertThat(copy.certain()).isFalse();
    assertThat(copy.cause()).isFalse();
    assertThat(copy.reason())
        .contains(
            "reads stage builder, which is rebuilt (cached after all if what it copies comes out"
                + " byte for byte the same)");
    assertThat(p.verdicts().get(7).certain()).isFalse();
    assertThat(p.verdicts().get(2).certain()).isTrue();
    assertThat(p.verdicts().get(2).reason()).contains("in the build context: src.txt changed");
  }

  @Test
  void aStepIsCachedWhenAnyStepOfTheFirstBuildHadItsKey() throws Exception {
    String twoStages =
        """
        FROM local/busybox AS a
        RUN echo shared > /x

        FROM local/busybox
        RUN echo final
        COPY --from=a /x /x
        """;
    String oneStage = "FROM local/busybox\nRUN echo shared > /x\nRUN echo b-only\n";

    CachePrediction p = predict(build(twoStages, A_TXT), build(oneStage, A_TXT));

    assertThat(seen(p))
        .containsExactly(
            "[1/3] FROM local/busybox: CACHED",
            "[2/3] RUN echo shared > /x: CACHED",
            "[3/3] RUN echo b-only: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("a new step: nothing like it was built before");
  }

  // ---- mounts (q10, q11) ----

  private static final String Q10 =
      """
      FROM local/busybox
      RUN echo nonce
      RUN --mount=type=cache,%s ls /c* || true
      RUN echo after
      """;

  @Test
  void aCacheMountKeepsItsStepCachedWhateverTheContext() throws Exception {
    Build first = build(Q10.formatted("target=/c"), A_TXT);

    Build[] pair = first.withChanged(List.of("a.txt"));

    assertThat(predict(pair[0], pair[1]).rebuilt()).isZero();
  }

  @Test
  void anyChangeToTheCacheMountSpecRebuilds() throws Exception {
    Build base = build(Q10.formatted("target=/c"), A_TXT);
    for (String opts : List.of("id=foo,target=/c", "target=/c2", "target=/c,sharing=locked")) {
      CachePrediction p = predict(base, build(Q10.formatted(opts), A_TXT));

      assertThat(seen(p))
          .as(opts)
          .containsExactly(
              "[stage-0 1/4] FROM local/busybox: CACHED",
              "[stage-0 2/4] RUN echo nonce: CACHED",
              "[stage-0 3/4] RUN --mount=type=cache," + opts + " ls /c* || true: rebuilt",
              "[stage-0 4/4] RUN echo after: rebuilt");
      assertThat(p.firstInvalidated().orElseThrow().reason())
          .as(opts)
          .contains("--mount 1 changed");
    }
  }

  @Test
  void aBindMountedFileEntersTheKeyByContent() throws Exception {
    String df =
        """
        FROM local/busybox
        RUN echo nonce
        RUN --mount=type=bind,source=dep.txt,target=/dep.txt cat /dep.txt
        RUN echo after
        """;
    Build first = build(df, Map.of("dep.txt", "100644:d1", "other.txt", "100644:o1"));

    Build[] other = first.withChanged(List.of("other.txt"));
    Build[] dep = first.withChanged(List.of("dep.txt"));

    assertThat(predict(other[0], other[1]).rebuilt()).isZero();
    CachePrediction p = predict(dep[0], dep[1]);
    assertThat(seen(p))
        .containsExactly(
            "[1/4] FROM local/busybox: CACHED",
            "[2/4] RUN echo nonce: CACHED",
            "[3/4] RUN --mount=type=bind,source=dep.txt,target=/dep.txt cat /dep.txt: rebuilt",
            "[4/4] RUN echo after: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason()).contains("dep.txt changed");
  }

  @Test
  void aWholeContextBindMountSeesEveryFileIncludingTheDockerfile() throws Exception {
    String df =
        """
        FROM local/busybox
        RUN echo nonce
        RUN --mount=type=bind,target=/ctx ls /ctx
        RUN echo after
        """;
    Map<String, String> files =
        Map.of("Dockerfile", "100644:df1", ".dockerignore", "100644:i1", "other.txt", "100644:o1");
    Build first = build(df, files);

    Build[] other = first.withChanged(List.of("other.txt"));
    CachePrediction p = predict(other[0], other[1]);
    Build labelled =
        new Build(df + "LABEL a=b\n", first.files().with("Dockerfile", "100644:df2"), Map.of());

    assertThat(p.rebuilt()).isEqualTo(2);
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("in the build context: other.txt changed");
    assertThat(p.firstInvalidated().orElseThrow().step().line()).isEqualTo(3);
    CachePrediction q = predict(first, labelled);
    assertThat(q.rebuilt()).isEqualTo(2);
    assertThat(q.firstInvalidated().orElseThrow().reason())
        .contains("in the build context: Dockerfile changed");
  }

  // ---- formatting (q14) ----

  private static final String Q14 =
      "FROM local/busybox\nRUN echo nonce\nCOPY a.txt /a.txt\nRUN echo a\nRUN echo b\n";

  @Test
  void commentsBlankLinesKeywordCaseAndSpacingAroundArgumentsKeepEverythingCached()
      throws Exception {
    String comments =
        """
        # top

        FROM local/busybox
        # c

        RUN echo nonce

        # c
        COPY a.txt /a.txt
        RUN echo a
        # c
        RUN echo b

        """;
    String lowerCase =
        "from local/busybox\nrun echo nonce\ncopy a.txt /a.txt\nrun echo a\nRUN echo b\n";
    String spaced =
        "FROM local/busybox\nRUN echo nonce\nCOPY  a.txt   /a.txt\nRUN   echo a   \nRUN echo b\n";
    String continued =
        "FROM local/busybox\nRUN echo nonce\nCOPY a.txt /a.txt\nRUN echo \\\n a\nRUN echo b\n";
    String innerSpace = Q14.replace("echo a", "echo  a");

    for (String after : List.of(comments, lowerCase, spaced)) {
      assertThat(seen(predict(build(Q14, A_TXT), build(after, A_TXT))))
          .as(after)
          .allMatch(s -> s.endsWith(": CACHED"))
          .hasSize(5);
    }
    assertThat(predict(build(innerSpace, A_TXT), build(continued, A_TXT)).rebuilt()).isZero();
  }

  @Test
  void whitespaceInsideTheCommandRebuilds() throws Exception {
    CachePrediction p = predict(build(Q14, A_TXT), build(Q14.replace("echo a", "echo  a"), A_TXT));

    assertThat(seen(p))
        .containsExactly(
            "[1/5] FROM local/busybox: CACHED",
            "[2/5] RUN echo nonce: CACHED",
            "[3/5] COPY a.txt /a.txt: CACHED",
            "[4/5] RUN echo  a: rebuilt",
            "[5/5] RUN echo b: rebuilt");
    assertThat(p.firstInvalidated().orElseThrow().reason())
        .contains("the instruction changed (was `RUN echo a` on line 4)");
  }

  // ---- helpers ----

  private static Build build(String dockerfile, Map<String, String> files) {
    return build(dockerfile, files, Map.of());
  }

  private static Build build(
      String dockerfile, Map<String, String> files, Map<String, String> args) {
    return new Build(dockerfile, ContextSnapshot.of(files), args);
  }

  private static CachePrediction predict(Build first, Build second) throws BadInputException {
    return CacheSimulation.predict("Dockerfile", first, second, Optional.empty());
  }

  private static CacheGraph graph(Build b, Optional<String> target) throws BadInputException {
    return CacheGraph.of(CacheSimulation.parse("Dockerfile", b), b.files(), target);
  }

  /** Each step as a user sees it: progress label, instruction, CACHED or rebuilt. */
  private static List<String> seen(CachePrediction p) {
    return p.verdicts().stream()
        .map(
            v ->
                v.step().progressLabel()
                    + " "
                    + v.step().text()
                    + (v.cached() ? ": CACHED" : ": rebuilt"))
        .toList();
  }
}
