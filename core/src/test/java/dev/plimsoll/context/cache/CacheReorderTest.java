package dev.plimsoll.context.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.BadInputException;
import dev.plimsoll.context.cache.CacheSimulation.Build;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheReorderTest {

  @Test
  void nodeManifestsThatExistAreCopiedAndInstalledBeforeTheSources() throws Exception {
    String df =
        """
        FROM node:20
        WORKDIR /app
        COPY . .
        RUN npm ci
        CMD ["node", "server.js"]
        """;
    Map<String, String> files =
        Map.of(
            "package.json", "100644:p1",
            "package-lock.json", "100644:l1",
            "server.js", "100644:s1");

    CacheReorder.Suggestion s = suggest(df, files).orElseThrow();

    assertThat(s.text())
        .isEqualTo(
            """
            FROM node:20
            WORKDIR /app
            COPY package.json package-lock.json ./
            RUN npm ci
            COPY . .
            CMD ["node", "server.js"]
            """);
    assertThat(s.moves())
        .containsExactly(
            "copy package.json, package-lock.json and run `npm ci` before `COPY . .` (line 3)");
  }

  @Test
  void theSuggestedOrderKeepsTheInstallCachedWhenOnlySourcesChange() throws Exception {
    String df = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n";
    Map<String, String> files = Map.of("package.json", "100644:p1", "server.js", "100644:s1");
    String reordered = suggest(df, files).orElseThrow().text();

    Build[] asWritten =
        new Build(df, ContextSnapshot.of(files), Map.of()).withChanged(List.of("server.js"));
    Build[] suggested =
        new Build(reordered, ContextSnapshot.of(files), Map.of()).withChanged(List.of("server.js"));

    assertThat(rebuilt(asWritten)).containsExactly("COPY . .", "RUN npm ci");
    assertThat(rebuilt(suggested)).containsExactly("COPY . .");
  }

  @Test
  void aMavenBuildKeepsItsPlaceAfterADependencyDownloadIsInserted() throws Exception {
    String df =
        """
        FROM maven:3-eclipse-temurin-17
        WORKDIR /src
        COPY . .
        RUN mvn -B package
        """;
    Map<String, String> files = Map.of("pom.xml", "100644:p1", "src/main/App.java", "100644:a1");

    CacheReorder.Suggestion s = suggest(df, files).orElseThrow();

    assertThat(s.text())
        .isEqualTo(
            """
            FROM maven:3-eclipse-temurin-17
            WORKDIR /src
            COPY pom.xml ./
            RUN mvn dependency:go-offline
            COPY . .
            RUN mvn -B package
            """);
    assertThat(s.moves())
        .containsExactly(
            "copy pom.xml and run `mvn dependency:go-offline` before `COPY . .` (line 3)");
  }

  @Test
  void systemPackagesInstalledAfterCopyDotMoveAboveItWithTheirContinuationLines() throws Exception {
    String df =
        """
        FROM debian:12
        COPY . /app
        RUN apt-get update \\
            && apt-get install -y --no-install-recommends make
        RUN make -C /app
        """;

    CacheReorder.Suggestion s = suggest(df, Map.of("Makefile", "100644:m1")).orElseThrow();

    assertThat(s.text())
        .isEqualTo(
            """
            FROM debian:12
            RUN apt-get update \\
                && apt-get install -y --no-install-recommends make
            COPY . /app
            RUN make -C /app
            """);
    assertThat(s.moves())
        .containsExactly(
            "move `RUN apt-get update && apt-get install -y --no-install-recommends make` (line 3)"
                + " above `COPY . /app` (line 2)");
  }

  @Test
  void aDockerfileInAGoodOrderGetsNoSuggestion() throws Exception {
    String df =
        """
        FROM node:20
        RUN apt-get update && apt-get install -y curl
        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN npm ci
        COPY . .
        RUN npm run build
        """;

    assertThat(
            suggest(
                df,
                Map.of(
                    "package.json", "100644:p1",
                    "package-lock.json", "100644:l1",
                    "src/index.js", "100644:s1")))
        .isEmpty();
  }

  @Test
  void noSuggestionWhenNoManifestOfTheInstallIsInTheContext() throws Exception {
    String df = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n";

    assertThat(suggest(df, Map.of("server.js", "100644:s1"))).isEmpty();
  }

  @Test
  void everySuggestedTextParsesWithTheSameStepsMinusNone() throws Exception {
    List<String> dockerfiles =
        List.of(
            """
            FROM node:20
            WORKDIR /app
            COPY . .
            RUN npm ci && npm run build
            """,
            """
            FROM python:3.12
            COPY . /srv
            RUN apt-get update
            RUN pip install -r requirements.txt
            """,
            """
            FROM golang:1.22 AS build
            WORKDIR /src
            COPY . .
            RUN go build -o /app .
            FROM scratch
            COPY --from=build /app /app
            """);
    Map<String, String> files =
        Map.of(
            "package.json", "100644:p",
            "requirements.txt", "100644:r",
            "go.mod", "100644:g",
            "go.sum", "100644:gs",
            "main.go", "100644:m");
    for (String df : dockerfiles) {
      CacheReorder.Suggestion s = suggest(df, files).orElseThrow();

      Build b = new Build(s.text(), ContextSnapshot.of(files), Map.of());
      CacheGraph g =
          CacheGraph.of(CacheSimulation.parse("Dockerfile", b), b.files(), Optional.empty());
      CacheGraph original =
          CacheGraph.of(
              CacheSimulation.parse("Dockerfile", new Build(df, b.files(), Map.of())),
              b.files(),
              Optional.empty());
      assertThat(g.steps().size()).as(s.text()).isGreaterThanOrEqualTo(original.steps().size());
      assertThat(s.moves()).as(df).isNotEmpty();
    }
  }

  private static Optional<CacheReorder.Suggestion> suggest(String df, Map<String, String> files)
      throws BadInputException {
    ContextSnapshot snapshot = ContextSnapshot.of(files);
    Build b = new Build(df, snapshot, Map.of());
    return CacheReorder.suggest(CacheSimulation.parse("Dockerfile", b), df, snapshot);
  }

  private static List<String> rebuilt(Build[] pair) throws BadInputException {
    return CacheSimulation.predict("Dockerfile", pair[0], pair[1], Optional.empty())
        .verdicts()
        .stream()
        .filter(v -> !v.cached())
        .map(v -> v.step().text())
        .toList();
  }
}
