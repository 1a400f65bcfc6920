package dev.plimsoll;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps STYLE.md's one-way dependencies and the library's promise never to print or exit. */
class ArchitectureTest {
  /** The models: they know nothing of rules, reports or the CLI. */
  private static final String[] MODELS = {
    "dev.plimsoll.dockerfile..",
    "dev.plimsoll.context..",
    "dev.plimsoll.image..",
    "dev.plimsoll.compose..",
    "dev.plimsoll.inventory..",
    "dev.plimsoll.vulnerability..",
    "dev.plimsoll.secrets.."
  };

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.plimsoll");
  }

  @Test
  void theCoreIsImported() {
    // Guards the rules below against passing on an empty import.
    assertThat(core.stream().map(JavaClass::getPackageName))
        .contains(
            "dev.plimsoll.dockerfile.syntax",
            "dev.plimsoll.rules",
            "dev.plimsoll.report",
            "dev.plimsoll.sbom");
  }

  @Test
  void modelsNeverSeeRulesReportsOrTheCli() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(MODELS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "dev.plimsoll.rules..", "dev.plimsoll.report..", "dev.plimsoll.cli..");
    rule.check(core);
  }

  @Test
  void reportsKnowFindingsNotRuleImplementations() {
    noClasses()
        .that()
        .resideInAPackage("dev.plimsoll.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.plimsoll.rules.dockerfile..",
            "dev.plimsoll.rules.image..",
            "dev.plimsoll.rules.compose..",
            "dev.plimsoll.rules.context..",
            "dev.plimsoll.cli..")
        .check(core);
  }

  @Test
  void rulesDoNotDependOnReportsOrTheCli() {
    noClasses()
        .that()
        .resideInAPackage("dev.plimsoll.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.plimsoll.report..", "dev.plimsoll.cli..")
        .check(core);
  }

  @Test
  void sbomsReadTheInventoryNotRulesReportsOrTheCli() {
    noClasses()
        .that()
        .resideInAPackage("dev.plimsoll.sbom..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.plimsoll.rules..", "dev.plimsoll.report..", "dev.plimsoll.cli..")
        .check(core);
  }

  @Test
  void theLibraryNeverPrints() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(core);
  }

  @Test
  void theLibraryNeverExits() {
    noClasses()
        .should()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "halt", int.class)
        .check(core);
  }

  @Test
  void noGrabBagPackages() {
    Set<String> bad = new TreeSet<>();
    List<String> banned = List.of("util", "utils", "common", "helper", "helpers", "manager");
    for (JavaClass c : core) {
      for (String part : c.getPackageName().split("\\.", -1)) {
        if (banned.contains(part)) {
          bad.add(c.getPackageName());
        }
      }
    }
    assertThat(bad).as("packages named for no concept").isEmpty();
  }
}
