package dev.plimsoll;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What core/pom.xml's fuzz execution relies on: Jazzer fuzzes one {@code @FuzzTest} per JVM and the
 * execution forks one JVM per class named {@code *FuzzTest}, every target adds its {@code
 * maxDuration} to each build, and regression mode needs seeds to replay.
 */
class FuzzTestConventionsTest {

  private static final int MAX_SECONDS = 30;
  private static final Pattern SECONDS = Pattern.compile("(\\d+)s");

  @Test
  void everyFuzzTargetFollowsTheConventions() throws Exception {
    Path testClasses =
        Path.of(
            FuzzTestConventionsTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    List<Class<?>> targets = fuzzTargets(testClasses);

    assertThat(targets).isNotEmpty();
    for (Class<?> target : targets) {
      List<Method> fuzzTests =
          Arrays.stream(target.getDeclaredMethods())
              .filter(m -> m.isAnnotationPresent(FuzzTest.class))
              .toList();
      assertThat(fuzzTests).as("@FuzzTest methods in %s", target.getName()).hasSize(1);
      assertThat(target.getSimpleName()).as("fuzz target class name").endsWith("FuzzTest");

      Method method = fuzzTests.get(0);
      Matcher duration = SECONDS.matcher(method.getAnnotation(FuzzTest.class).maxDuration());
      assertThat(duration.matches())
          .as("%s maxDuration is set in seconds, like \"20s\"", target.getSimpleName())
          .isTrue();
      assertThat(Integer.parseInt(duration.group(1))).isBetween(1, MAX_SECONDS);

      Path seeds =
          testClasses
              .resolve(target.getPackageName().replace('.', '/'))
              .resolve(target.getSimpleName() + "Inputs")
              .resolve(method.getName());
      try (Stream<Path> files = Files.list(seeds)) {
        assertThat(files.count()).as("seed files in %s", seeds).isPositive();
      }
    }
  }

  private static List<Class<?>> fuzzTargets(Path root) throws IOException, ClassNotFoundException {
    List<Class<?>> targets = new ArrayList<>();
    List<Path> classFiles;
    try (Stream<Path> walk = Files.walk(root)) {
      classFiles = walk.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path file : classFiles) {
      String relative = root.relativize(file).toString();
      String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
      Class<?> type = Class.forName(name, false, FuzzTestConventionsTest.class.getClassLoader());
      if (Arrays.stream(type.getDeclaredMethods())
          .anyMatch(m -> m.isAnnotationPresent(FuzzTest.class))) {
        targets.add(type);
      }
    }
    return targets;
  }
}
