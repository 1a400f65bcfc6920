package dev.plimsoll.compose.interpolate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cases of compose-go's template_test.go: FOO=first, BAR set but empty, the rest unset. */
class TemplateTest {
  private final List<String> unset = new ArrayList<>();
  private final Template template =
      new Template(
          name -> Optional.ofNullable(Map.of("FOO", "first", "BAR", "").get(name)), unset::add);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "$${foo}|${foo}",
        "foo|foo",
        "a $ string|a $ string",
        "^REGEX$|^REGEX$",
        "$}|$}",
        "$FOO-bar|first-bar",
        "This ${BAR} var|This  var",
        "This $FOO var|This first var",
        "This ${FOO} var|This first var",
        "ok ${missing:-def}|ok def",
        "ok ${missing-def}|ok def",
        "ok ${BAR:-def}|ok def",
        "ok ${FOO:-def}|ok first",
        "ok ${BAR-def}|ok ",
        "ok ${UNSET_VAR:+presence_value}|ok ",
        "ok ${UNSET_VAR+presence_value}|ok ",
        "ok ${FOO:+presence_value}|ok presence_value",
        "ok ${FOO+presence_value}|ok presence_value",
        "ok ${BAR+presence_value}|ok presence_value",
        "ok ${BAR:+presence_value}|ok ",
        "ok ${BAR:-/non:-alphanumeric}|ok /non:-alphanumeric",
        "+ok ${UNSET:-${BAR-defaultValue}}|+ok ",
        ":-ok ${UNSET-defaultValue}|:-ok defaultValue",
        "ok ${UNSET_VAR-$FOO}|ok first",
        "ok ${UNSET_VAR-${FOO} ${FOO}}|ok first first",
        "ok ${BAR+$FOO ${FOO:+second}}|ok first second",
        "ok ${FOO:?err}|ok first",
        "ok ${BAR?err}|ok ",
        "${UNSET_VAR-myerror?msg}|myerror?msg",
        "${FOO?bar-baz}|first",
        "${A:-${B:-x}}|x"
      })
  void substitutes(String template, String expected) throws TemplateException {
    assertThat(this.template.substitute(template)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${", "${}", "${ }", "${ foo}", "${foo }", "${foo!}"})
  void refusesInvalidTemplates(String template) {
    assertThatThrownBy(() -> this.template.substitute(template))
        .hasMessageContaining("invalid interpolation format");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not ok ${UNSET_VAR:?Mandatory Variable Unset}|required variable UNSET_VAR is missing a value: Mandatory Variable Unset",
        "not ok ${BAR:?Mandatory Variable Empty}|required variable BAR is missing a value: Mandatory Variable Empty",
        "not ok ${UNSET_VAR?}|required variable UNSET_VAR is missing a value",
        "not ok ${UNSET_VAR?Mandatory Variable ${FOO}}|required variable UNSET_VAR is missing a value: Mandatory Variable first",
        "${UNSET_VAR?bar-baz}|required variable UNSET_VAR is missing a value: bar-baz"
      })
  void requiredVariablesFail(String template, String message) {
    assertThatThrownBy(() -> this.template.substitute(template)).hasMessage(message);
  }

  @org.junit.jupiter.api.Test
  void recordsOnlyVariablesUsedUnsetWithoutADefault() throws TemplateException {
    template.substitute("${A} $B ${C:-x} ${D+y} ${FOO} ${BAR} ${E-${F}} ${FOO:-$G}");

    assertThat(unset).containsExactly("A", "B", "F");
  }
}
