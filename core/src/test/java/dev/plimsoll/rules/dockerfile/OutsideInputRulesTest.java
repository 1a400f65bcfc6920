package dev.plimsoll.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.rules.LintConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules that need a build context or base-image metadata, given that input through {@link
 * RuleContext}: they fire when it shows a problem, and stay silent when it does not.
 */
class OutsideInputRulesTest {
  private static final BaseImage AMD64 =
      new BaseImage(
          "linux", "amd64", Optional.empty(), Map.of("JAVA_HOME", "/opt/java"), Optional.empty());

  @Test
  void anIgnoreFileWithExceptionsIsNotJudgedAsBuildkitDoes() throws Exception {
    IgnoreMatcher ignore =
        new IgnoreMatcher() {
          @Override
          public boolean excludes(String path) {
            return true;
          }

          @Override
          public boolean hasExceptions() {
            return true;
          }
        };
    List<String> found =
        run(
            new CopyNotDockerignored(),
            "FROM alpine:3.19\nCOPY config/app.yaml /etc/app/\n",
            Optional.of(ignore),
            Optional.empty());
    assertThat(found).isEmpty();
  }

  @Test
  void copyOfAnIgnoredPathIsReported() throws Exception {
    IgnoreMatcher ignore = p -> p.equals("config") || p.startsWith("config/");
    List<String> found =
        run(
            new CopyNotDockerignored(),
            """
            FROM alpine:3.19
            ARG DIR=config
            COPY ${DIR}/app.yaml /etc/app/
            ADD config /etc/config
            COPY src /src
            COPY --from=build config/app.yaml /etc/
            ADD https://example.com/config/x /x
            """,
            Optional.of(ignore),
            Optional.empty());
    assertThat(found)
        .containsExactly(
            "3: Attempting to Copy file \"config/app.yaml\" that is excluded by .dockerignore:"
                + " remove it from .dockerignore or from the COPY",
            "4: Attempting to Add file \"config\" that is excluded by .dockerignore:"
                + " remove it from .dockerignore or from the ADD");
  }

  @Test
  void baseImageUserDecidesAMissingUser() throws Exception {
    String text = "FROM example/app:1.0\nCMD [\"/app\"]\n";
    BaseImage nonRoot =
        new BaseImage("linux", "amd64", Optional.empty(), Map.of(), Optional.of("65532:65532"));
    BaseImage root = new BaseImage("linux", "amd64", Optional.empty(), Map.of(), Optional.of("0"));
    assertThat(run(new RunAsNonRoot(), text, Optional.empty(), Optional.of(nonRoot))).isEmpty();
    assertThat(run(new RunAsNonRoot(), text, Optional.empty(), Optional.of(root)))
        .singleElement()
        .asString()
        .startsWith(
            "1: Final stage 0 has no USER and 'example/app:1.0' is configured to run as root");
    assertThat(run(new RunAsNonRoot(), text, Optional.empty(), Optional.of(AMD64)))
        .singleElement()
        .asString()
        .contains("'example/app:1.0' is not known to set a non-root user");
  }

  @Test
  void baseImageOfAnotherPlatformIsReported() throws Exception {
    String text =
        """
        FROM --platform=linux/arm64 example/tool:1.0 AS tool-arm64
        FROM alpine:3.19 AS same
        FROM tool-arm64
        """;
    List<String> found =
        run(new BaseImagePlatformMatches(), text, Optional.empty(), Optional.of(AMD64));
    assertThat(found)
        .containsExactly(
            "1: Base image example/tool:1.0 was pulled with platform \"linux/amd64\", expected"
                + " \"linux/arm64\" for current build");
  }

  @Test
  void baseImageEnvDefinesVariables() throws Exception {
    String text = "FROM eclipse-temurin:21\nENV PATH=$JAVA_HOME/bin:$PATH\nWORKDIR $APP\n";
    assertThat(run(new VariablesDefined(), text, Optional.empty(), Optional.of(AMD64)))
        .containsExactly(
            "3: Usage of undefined variable '$APP': define it with ARG or ENV before this line");
    assertThat(run(new VariablesDefined(), text, Optional.empty(), Optional.empty())).hasSize(2);
  }

  @Test
  void withoutTheInputTheyAreSilent() throws Exception {
    String text = "FROM --platform=linux/arm64 example/tool:1.0 AS tool-arm64\nCOPY config /c\n";
    assertThat(run(new CopyNotDockerignored(), text, Optional.empty(), Optional.empty())).isEmpty();
    assertThat(run(new BaseImagePlatformMatches(), text, Optional.empty(), Optional.empty()))
        .isEmpty();
  }

  /** Runs one rule the way the engine does, with the given outside input. */
  private static List<String> run(
      DockerfileRule rule, String text, Optional<IgnoreMatcher> ignore, Optional<BaseImage> image)
      throws Exception {
    Dockerfile file = Dockerfile.of(DockerfileParser.parse("Dockerfile", text));
    List<String> found = new ArrayList<>();
    RuleContext ctx =
        new RuleContext() {
          @Override
          public Dockerfile dockerfile() {
            return file;
          }

          @Override
          public LintConfig config() {
            return LintConfig.DEFAULT;
          }

          @Override
          public void report(Instruction at, String message) {
            found.add(at.line() + ": " + message);
          }

          @Override
          public Optional<IgnoreMatcher> dockerignore() {
            return ignore;
          }

          @Override
          public Optional<BaseImage> baseImage(Stage stage) {
            boolean external =
                file.stage(stage.from().image(), stage.index()).isEmpty()
                    && !stage.from().isScratch();
            return external ? image : Optional.empty();
          }
        };
    for (Instruction i : file.instructions()) {
      rule.visit(i, ctx);
      if (i instanceof Copy c) {
        rule.visitCopy(c, ctx);
      } else if (i instanceof Add a) {
        rule.visitAdd(a, ctx);
      }
    }
    rule.visitFile(file, ctx);
    return found;
  }
}
